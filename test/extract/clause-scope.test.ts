import t from "tap";
import { events, who } from "./events-helper.ts";

// A negation, a tense and a second verb's plan each belong to their own clause: the
// clause before ", though …" or "and will …" keeps its own meeting, day and kind.

t.test("a negated clause after a contrast leaves the meeting before it standing", async (t) => {
  // Saturday 14 June 2025: "Friday" is the 13th.
  const found = events(
    t,
    "Canadian Prime Minister Mark Carney met British Prime Minister Keir Starmer in Ottawa on Friday, though there are no plans for him to meet President Donald Trump.",
    "2025-06-14",
  );
  t.same(found.map(who), [["keir-starmer", "mark-carney"]]);
  t.match(found[0], { status: "held", date: { start: "2025-06-13" } });
  const but = events(
    t,
    "Chinese Premier Li Qiang met New Zealand Prime Minister Christopher Luxon in Wellington on Thursday, but the two men did not hold a joint news conference.",
    "2025-06-14",
  );
  t.same(but.map(who), [["christopher-luxon", "li-qiang"]]);
});

t.test("a negation before the contrast still takes the whole sentence", async (t) => {
  const found = events(
    t,
    "The Kremlin denied reports that Putin would meet Trump in Budapest, but said the two had spoken by phone on Monday.",
    "2025-06-14",
  );
  t.same(found, []);
  const alone = events(
    t,
    "There are no plans for Carney to meet Trump in Ottawa, officials said on Friday.",
    "2025-06-14",
  );
  t.same(alone, []);
});
