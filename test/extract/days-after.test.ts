// "… spoke by telephone two days after the clash": a count of days from something the
// story dated a sentence or two before.
import t from "tap";
import { events } from "./events-helper.ts";

t.test("a call counted in days from an incident dated just before", async (t) => {
  const evs = events(
    t,
    "A Turkish jet shot down a Russian bomber near the Syrian border on November 24. Moscow recalled its military attaché. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by phone three days after the incident, and again in early December.",
    "2015-12-20",
  );
  const call = evs.find((e) => e.kind === "call");
  t.match(call, { date: { start: "2015-11-27", precision: "day" } });
});

t.test("no day is counted from an engagement, or from a sentence naming two days", async (t) => {
  const two = events(
    t,
    "A Turkish jet shot down a Russian bomber on November 24, and Russia answered on November 26. Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by phone three days after the incident.",
    "2015-12-20",
  );
  t.notMatch(
    two.find((e) => e.kind === "call"),
    { date: { precision: "day" } },
    "which day the count runs from is not known",
  );
});

t.test("'three days after X was sworn in on May 6': the count from the date given", async (t) => {
  const [call] = events(
    t,
    "German Chancellor Friedrich Merz and French President Emmanuel Macron first spoke by phone three days after Merz was sworn in on May 6.",
    "2025-06-05",
  );
  t.match(call, { kind: "call", date: { start: "2025-05-09", precision: "day" } });
});
