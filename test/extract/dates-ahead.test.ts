// "in two weeks": a day counted ahead from the publication.
import t from "tap";
import { findDates } from "../../src/extract/dates.ts";
import type { Sentence } from "../../src/extract/types.ts";

const pub = { value: "2019-03-26", precision: "day" as const, source: "printed" as const, note: null };
const dates = (text: string) => {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text };
  return findDates(sentence, pub).map((m) => [m.text, m.date, m.precision]);
};

t.test("days, weeks and months ahead of the publication", async (t) => {
  t.same(dates("Europe's next test comes in two weeks, when the EU leaders meet the premier."), [
    ["in two weeks", "2019-04-09", "day"],
  ]);
  t.same(dates("The ministers meet again in ten days."), [["in ten days", "2019-04-05", "day"]]);
  t.same(dates("The leaders will talk again in a fortnight."), [["in a fortnight", "2019-04-09", "day"]]);
  t.same(dates("Negotiators resume in three months' time."), [["in three months", "2019-06", "month"]]);
});

t.test("a span of time is no day ahead", async (t) => {
  t.same(dates("The two met three times in two weeks."), []);
  t.same(dates("It was the first visit in two months."), []);
  t.same(dates("They agreed in two days of talks."), []);
});
