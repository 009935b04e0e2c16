// "in two weeks": a day counted ahead from the publication.
import t from "tap";
import { findDates } from "../../src/extract/dates.ts";
import type { Sentence } from "../../src/extract/types.ts";
import { events } from "./events-helper.ts";

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

t.test("a deadline dates what is still ahead, and bounds what is over", async (t) => {
  const [, ahead] = events(
    t,
    "Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in on Friday. Next comes Abe's meeting with U.S. President Donald Trump, expected by early June.",
    "2018-04-28",
  );
  t.match(ahead, { status: "expected", date: { start: "2018-06", precision: "month" } });
  const over = events(
    t,
    "Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in in Tokyo by late March.",
    "2018-04-28",
  );
  t.notMatch(over[0], { date: { start: "2018-03" } }, "a held meeting is not dated by its deadline");
});
