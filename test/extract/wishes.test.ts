import t from "tap";
import { isMeetingKind } from "../../src/schemas/extraction.ts";
import { events, who } from "./events-helper.ts";

// A stated willingness to meet is a wish without a plan (the guidelines): no meeting.
// A plan or a hope told as one stays.

t.test("'ready to meet', 'open to meeting', 'willing to hold talks': no meeting", async (t) => {
  for (const text of [
    "Armenian Prime Minister Nikol Pashinyan said on Friday he was ready to meet Azerbaijani President Ilham Aliyev in any format.",
    "Azerbaijani President Ilham Aliyev said he remained open to meeting Armenian Prime Minister Nikol Pashinyan.",
    "Armenian Prime Minister Nikol Pashinyan is willing to hold talks with Azerbaijani President Ilham Aliyev, his spokeswoman said.",
  ])
    t.same(
      events(t, text, "2024-05-10").filter((e) => isMeetingKind(e.kind)),
      [],
      text,
    );
});

t.test("a plan beside a willingness is still read", async (t) => {
  const found = events(
    t,
    "Armenian Prime Minister Nikol Pashinyan, who has said he is ready to sign a peace deal, will meet Azerbaijani President Ilham Aliyev in Almaty on Monday.",
    "2024-05-10",
  );
  t.same(found.map(who), [["ilham-aliyev", "nikol-pashinyan"]]);
  t.match(found[0], { status: "scheduled", date: { start: "2024-05-13" } });
});

t.test("'would like to meet X again' is a wish", async (t) => {
  const text =
    "U.S. President Donald Trump has repeatedly said he would like to meet North Korean leader Kim Jong Un again.";
  t.same(
    events(t, text, "2025-07-29").filter((e) => isMeetingKind(e.kind)),
    [],
  );
});

t.test("'left … without meeting X', 'asked about a possible meeting': no meeting", async (t) => {
  for (const text of [
    "U.S. President Donald Trump left South Korea on Thursday without meeting North Korean leader Kim Jong Un.",
    "Asked about a possible meeting between Russian President Vladimir Putin and U.S. President Donald Trump, the Kremlin spokesman said nothing was planned.",
  ])
    t.same(
      events(t, text, "2025-10-30").filter((e) => isMeetingKind(e.kind)),
      [],
      text,
    );
});
