// "his Chinese counterpart" and possessives: who a phrase names, and who takes part.
import t from "tap";
import { events } from "./events-helper.ts";

t.test("a counterpart of a country with several officials named is the one named last", async (t) => {
  const evs = events(
    t,
    "Chinese President Xi Jinping arrived in Madrid on Monday. Foreign Minister Wang Yi stayed in Beijing.\n\nChinese President Xi Jinping was greeted by crowds. On Tuesday the Spanish prime minister, Pedro Sanchez, hosted his Chinese counterpart at the Moncloa Palace for talks.",
    "2024-04-10",
  );
  const talks = evs.find((e) => e.participants.some((p) => p.official === "pedro-sanchez"));
  t.ok(
    talks?.participants.some((p) => p.official === "xi-jinping"),
    "Xi, named last before the phrase, not Wang",
  );
});

t.test("a possessive takes part only in an occasion it names", async (t) => {
  for (const text of [
    "French President Emmanuel Macron hosted Chinese Foreign Minister Wang Yi for lunch at the Elysee on Friday, sixty years after Charles de Gaulle's decision to recognise Beijing.",
    "President Joe Biden welcomed Chinese Foreign Minister Wang Yi to the White House on Friday to mark the anniversary of Richard Nixon's opening to China.",
  ]) {
    const evs = events(t, text, "2024-01-27");
    t.same(
      evs.map((e) => e.participants.length),
      [2],
      "one occasion of host and guest; the statesman of history is not at it",
    );
  }
  // The owner of a mission, a tour or a day is the one making it.
  const [tour] = events(
    t,
    "Canadian Prime Minister Justin Trudeau flew into Beijing on Sunday. The premier's tour began in earnest on Monday with talks with Premier Li Keqiang.",
    "2017-12-05",
  );
  t.match(tour, { kind: "talks", date: { start: "2017-12-04" } });
  t.same(tour?.participants.map((p) => p.official).sort(), ["justin-trudeau", "li-keqiang"]);
});
