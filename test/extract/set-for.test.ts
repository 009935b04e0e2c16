import t from "tap";
import { nearestInClause } from "../../src/extract/events/clause.ts";

// "his first summit with U.S. President Donald Trump, slated for Monday": the day the plan
// is "set for" is the noun's, across an abbreviation's period.

const span = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word };
};

t.test("', slated for Monday' after a name with 'U.S.' dates the summit noun", async (t) => {
  const text =
    "talks in Tokyo on Saturday and his first summit with U.S. President Donald Trump, slated for Monday";
  const saturday = span(text, "Saturday");
  const monday = span(text, "Monday");
  t.equal(nearestInClause(text, [saturday, monday], span(text, "summit"))?.text, "Monday");
});

t.test("a day written between the noun and ', slated for' is the noun's", async (t) => {
  const text = "a summit with U.S. President Donald Trump on Sunday, slated for Monday";
  const sunday = span(text, "Sunday");
  const monday = span(text, "Monday");
  t.equal(nearestInClause(text, [sunday, monday], span(text, "summit"))?.text, "Sunday");
});
