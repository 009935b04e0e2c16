import t from "tap";
import { events, who } from "./events-helper.ts";

// Who hosted an occasion, named right after it, is at it; and a summit's name may carry
// a possessive ("Leaders' Summit").

t.test("'a meeting with X hosted by Y': one meeting of the three", async (t) => {
  // Tuesday 11 July 2023: "Monday" is the 10th.
  const found = events(
    t,
    "Greek Prime Minister Kyriakos Mitsotakis agreed Monday to resume talks, after a meeting with Turkish President Recep Tayyip Erdogan hosted by NATO Secretary-General Jens Stoltenberg.",
    "2023-07-11",
  );
  t.same(found.map(who), [["jens-stoltenberg", "kyriakos-mitsotakis", "recep-tayyip-erdogan"]]);
  t.match(found[0], { status: "held", date: { start: "2023-07-10" } });
});

t.test("'talks with X hosted by Y in Z on Monday': the day after 'hosted by' is the talks'", async (t) => {
  const [talks] = events(
    t,
    "Serbian President Aleksandar Vucic held talks with Kosovo Prime Minister Albin Kurti hosted by EU foreign policy chief Josep Borrell in Brussels on Monday.",
    "2023-07-11",
  );
  t.match(talks, {
    kind: "talks",
    date: { start: "2023-07-10", precision: "day" },
    place: { city: "Brussels" },
  });
  t.same(talks && who(talks), ["albin-kurti", "aleksandar-vucic", "josep-borrell"]);
});

t.test("a deadline 'by' still bounds the day after it", async (t) => {
  const [plan] = events(
    t,
    "Serbian President Aleksandar Vucic is expected to meet Kosovo Prime Minister Albin Kurti by the end of September.",
    "2023-07-11",
  );
  t.not(plan?.date?.precision, "day");
});

t.test("'held their North American Leaders' Summit': a summit of the three", async (t) => {
  // Tuesday 10 January 2023.
  const [summit] = events(
    t,
    "U.S. President Joe Biden, Mexican President Andrés Manuel López Obrador and Canadian Prime Minister Justin Trudeau held their North American Leaders' Summit in Mexico City on Tuesday.",
    "2023-01-10",
  );
  t.match(summit, { kind: "talks", status: "held", date: { start: "2023-01-10" } });
  t.same(summit && who(summit), ["andres-manuel-lopez-obrador", "joe-biden", "justin-trudeau"]);
});
