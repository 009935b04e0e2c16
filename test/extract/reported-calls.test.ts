import t from "tap";
import { events, who } from "./events-helper.ts";

// Calls a sentence reports around other words: a speaker's own call told after the day
// of the telling, a call in scare quotes, and a call told after a negated plan.

t.test("a negated plan, then ', after X and Y spoke by phone on Monday': the call stands", async (t) => {
  // Wednesday 22 October 2025: "Monday" is the 20th.
  const found = events(
    t,
    'A senior official said Tuesday there were "no plans for President Trump to meet President Putin in the immediate future," after Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke by phone on Monday.',
    "2025-10-22",
  );
  t.same(found.map(who), [["marco-rubio", "sergei-lavrov"]]);
  t.match(found[0], { kind: "call", date: { start: "2025-10-20" } });
});
