import t from "tap";
import { calibration } from "../../src/eval/calibration.ts";
import { fitConfidence, type Reading } from "../../src/eval/fit.ts";
import type { EventSignals } from "../../src/extract/confidence.ts";

t.test("expected calibration error: bins weighted by their share", async (t) => {
  const perfect = calibration([
    { confidence: 0.85, correct: true },
    { confidence: 0.85, correct: true },
    { confidence: 0.15, correct: false },
    { confidence: 0.15, correct: false },
  ]);
  t.equal(perfect.n, 4);
  t.ok(Math.abs((perfect.ece ?? 1) - 0.15) < 1e-9, "0.85 said, 1.0 seen; 0.15 said, 0 seen");
  const bad = calibration([
    { confidence: 0.95, correct: false },
    { confidence: 0.95, correct: false },
  ]);
  t.ok(Math.abs((bad.ece ?? 0) - 0.95) < 1e-9);
  t.equal(calibration([]).ece, null);
  t.match(bad.bins[9], { n: 2, accuracy: 0 });
});

const base: EventSignals = {
  trigger: "noun",
  dateFrom: "clause",
  datePrecision: "month",
  placeFrom: "none",
  participants: 2,
  discovered: false,
  sentences: 1,
  status: "held",
  background: false,
  kind: "in_person",
  topics: 0,
};
const reading = (signals: EventSignals, matched: boolean): Reading => ({
  signals,
  matched,
  date: matched ? signals.datePrecision === "day" : null,
  place: null,
  participants: matched ? true : null,
  topics: null,
});

t.test("fitting learns which readings are right, and tabulates facts by how they were read", async (t) => {
  const readings = [
    ...Array.from({ length: 30 }, () => reading({ ...base, datePrecision: "day" }, true)),
    ...Array.from({ length: 30 }, (_, i) => reading(base, i % 3 === 0)),
  ];
  const model = fitConfidence(readings, "synthetic readings");
  t.ok((model.weights.dayDate ?? 0) > 0, "a day-precise date goes with real events");
  t.equal(model.facts.date["clause-day"], 0.969, "(30 + 1) / (30 + 2)");
  t.equal(model.facts.date["clause-month"], 0.083, "(0 + 1) / (10 + 2)");
  t.equal(model.fittedOn, "synthetic readings");
});

t.test("the regularisation is chosen by cross-validation over whole articles", async (t) => {
  const { chooseL2, L2_CHOICES } = await import("../../src/eval/fit.ts");
  const readings = [
    ...Array.from({ length: 40 }, (_, i) => reading({ ...base, datePrecision: "day" }, i % 10 !== 0)),
    ...Array.from({ length: 40 }, (_, i) => reading(base, i % 4 === 0)),
  ];
  const groups = readings.map((_, i) => `article-${i % 8}`);
  const l2 = chooseL2(readings, groups);
  t.ok(L2_CHOICES.includes(l2), `one of the strengths tried (${l2})`);
  t.equal(chooseL2(readings, groups), l2, "deterministic");
});
