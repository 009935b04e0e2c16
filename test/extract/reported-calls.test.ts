import t from "tap";
import { events, who } from "./events-helper.ts";

// Calls a sentence reports around other words: a speaker's own call told after the day
// of the telling, a call in scare quotes, and a call told after a negated plan.

t.test("'X said Monday she had spoken by phone with Y': X's own call", async (t) => {
  // Monday 3 February 2025.
  for (const text of [
    "Danish Prime Minister Mette Frederiksen said Monday she had spoken by phone with German Chancellor Olaf Scholz.",
    "Danish Prime Minister Mette Frederiksen told reporters Monday that she had spoken by phone with German Chancellor Olaf Scholz.",
  ]) {
    const found = events(t, text, "2025-02-03");
    t.same(found.map(who), [["mette-frederiksen", "olaf-scholz"]], text);
    t.equal(found[0]?.kind, "call");
  }
});

t.test("'a \"good conversation\" by phone that morning': the call, on the day said", async (t) => {
  const [call] = events(
    t,
    'Danish Prime Minister Mette Frederiksen said Monday she had agreed with German Chancellor Olaf Scholz to coordinate after what she called a "good conversation" by phone that morning.',
    "2025-02-04",
  );
  t.match(call, { kind: "call", status: "held", date: { start: "2025-02-03", precision: "day" } });
  t.same(call && who(call), ["mette-frederiksen", "olaf-scholz"]);
});

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
