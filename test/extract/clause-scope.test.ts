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

t.test("'met X on Wednesday and was due to hold talks with Y on Thursday': two verbs", async (t) => {
  // Saturday 26 October 2024.
  const found = events(
    t,
    "Pakistani Prime Minister Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday and was due to hold talks with Qatari Emir Sheikh Tamim bin Hamad Al Thani on Wednesday.",
    "2024-10-26",
  );
  const salman = found.find((e) => who(e).includes("mohammed-bin-salman"));
  const tamim = found.find((e) => who(e).some((id) => id.includes("tamim")));
  t.match(salman, { kind: "in_person", status: "held", date: { start: "2024-10-22" } });
  t.match(tamim, { kind: "talks", status: "scheduled", date: { start: "2024-10-23" } });
  t.ok(tamim && who(tamim).includes("shehbaz-sharif"), "the first verb's subject plans the talks");
  t.notOk(salman && who(salman).some((id) => id.includes("tamim")), "the emir is not at the first meeting");
});

t.test("a past verb's weekday is not read forward by a later 'and will'", async (t) => {
  // Saturday 26 October 2024: "Friday" is the 25th, whatever the next verb's tense.
  const found = events(
    t,
    "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Friday and will meet Somali President Hassan Sheikh Mohamud on Monday.",
    "2024-10-26",
  );
  const abiy = found.find((e) => who(e).includes("abiy-ahmed"));
  const hassan = found.find((e) => who(e).includes("hassan-sheikh-mohamud"));
  t.match(abiy, { kind: "talks", status: "held", date: { start: "2024-10-25" } });
  t.match(hassan, { status: "scheduled", date: { start: "2024-10-28" } });
});
