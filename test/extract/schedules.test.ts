import t from "tap";
import { events, who } from "./events-helper.ts";

// A day is the engagement's only when the text ties it to the engagement: a report's
// closing day is the report's.

t.test("'…, the agency reported on Saturday.': the report's day, not the meeting's", async (t) => {
  // Saturday 30 November 2024; the next sentence gives the meeting's own day.
  const found = events(
    t,
    "Cuban President Miguel Díaz-Canel received Venezuelan Foreign Minister Yván Gil in Havana, the state news agency reported on Saturday. The meeting took place on Friday, the agency said.",
    "2024-11-30",
  );
  t.equal(found.length, 1);
  t.match(found[0], { date: { start: "2024-11-29", precision: "day" }, place: { city: "Havana" } });
});

t.test("a day before a report's verb, or after it with 'that', is read as before", async (t) => {
  const before = events(
    t,
    "Cuban President Miguel Díaz-Canel received Venezuelan Foreign Minister Yván Gil in Havana on Friday, the agency said.",
    "2024-11-30",
  );
  t.match(before[0], { date: { start: "2024-11-29" } });
});
