import t from "tap";
import { events, who } from "./events-helper.ts";

// "The presidents", "The heads of state", "The prime ministers" without "two" are the
// story's pair, as "the two presidents" and "the leaders" are.

t.test("'The presidents held talks …', 'The heads of state last met …': the story's pair", async (t) => {
  // Monday 24 July 2023: Sunday is the 23rd.
  const found = events(
    t,
    "Russian President Vladimir Putin and Belarusian President Alexander Lukashenko will visit Kronstadt on Monday. The presidents held talks in St. Petersburg on Sunday. The heads of state last met in Moscow in May.",
    "2023-07-24",
  );
  const pair = ["alexander-lukashenko", "vladimir-putin"];
  t.match(
    found.find((e) => e.date.start === "2023-07-23"),
    { kind: "talks", status: "held" },
  );
  t.same(who(found.find((e) => e.date.start === "2023-07-23") ?? { participants: [] }), pair);
  t.same(who(found.find((e) => e.date.start === "2023-05") ?? { participants: [] }), pair);
});

t.test("'the presidents of France and Germany' are named, not a pair", async (t) => {
  const found = events(
    t,
    "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko on Sunday. The presidents of France and Germany were not invited.",
    "2023-07-24",
  );
  t.equal(found.length, 1);
});
