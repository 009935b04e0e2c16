import t from "tap";
import { events, who } from "./events-helper.ts";

// "The two presidents last spoke in September 2022": an earlier call, as "last met" is an
// earlier meeting. A denied report's claimed occasion is none.

t.test("'last spoke in <month>' is an earlier call of the pair", async (t) => {
  // Wednesday 2 July 2025.
  const found = events(
    t,
    "German Chancellor Friedrich Merz and Chinese President Xi Jinping spoke by phone on Tuesday. The two leaders last spoke in November 2024.",
    "2025-07-02",
  );
  const earlier = found.find((e) => e.date.start === "2024-11");
  t.match(earlier, { kind: "call", status: "held", date: { precision: "month" } });
  t.same(earlier && who(earlier), ["friedrich-merz", "xi-jinping"]);
  t.equal(found.length, 2);
});

t.test("'last spoke at a conference' is a speech, not a call", async (t) => {
  const found = events(
    t,
    "Chancellor Friedrich Merz last spoke at a conference in Munich in February.",
    "2025-07-02",
  );
  t.same(
    found.filter((e) => e.kind === "call"),
    [],
  );
});

t.test("an occasion a denied report names with 'a' is the report's claim", async (t) => {
  const found = events(
    t,
    "The Chancellery denied reports in German media that the call was a prelude to a trip by Chancellor Friedrich Merz to Beijing.",
    "2025-07-02",
  );
  t.same(
    found.filter((e) => e.kind === "visit"),
    [],
  );
  // Not the denial's own subject's real trip in another clause.
  const real = events(
    t,
    "Chancellor Friedrich Merz visited Beijing in May, and the Chancellery denied reports that he had asked for a meeting.",
    "2025-07-02",
  );
  t.match(
    real.find((e) => e.kind === "visit"),
    { place: { city: "Beijing" } },
  );
});

t.test("'last spoke in March, when they held a video call': the video call, once", async (t) => {
  const found = events(
    t,
    "The two leaders, Chancellor Friedrich Merz and President Xi Jinping, last spoke in March, when they held a video call of one hour.",
    "2025-07-02",
  );
  t.same(
    found.map((e) => e.kind),
    ["video_call"],
  );
});
