import t from "tap";
import { confidenceOf, type EventSignals, factKeys, features } from "../../src/extract/confidence.ts";
import { extract } from "../../src/extract/extract.ts";
import { loadReference } from "../../src/extract/reference.ts";
import type { ConfidenceFile } from "../../src/schemas/reference-extra.ts";

const signals: EventSignals = {
  trigger: "verb",
  dateFrom: "clause",
  datePrecision: "day",
  placeFrom: "dateline",
  participants: 2,
  discovered: false,
  sentences: 2,
  status: "held",
  background: false,
  kind: "talks",
  topics: 1,
};

const model: ConfidenceFile = {
  curation: { by: "test", reason: "test" },
  fittedOn: "test",
  weights: { bias: -1, verbTrigger: 1, dayDate: 2 },
  facts: {
    date: { default: 0.5, "clause-day": 0.9 },
    place: { default: 0.6 },
    participants: { default: 0.7 },
    topics: { any: 0.4 },
  },
};

t.test("the event's confidence is the logistic model over its features", async (t) => {
  t.match(features(signals), { bias: 1, verbTrigger: 1, dayDate: 1, noDate: 0, remote: 0 });
  const c = confidenceOf(model, signals);
  t.equal(c.event, Math.round((1 / (1 + Math.exp(-2))) * 1000) / 1000, "sigmoid(-1 + 1 + 2)");
  t.equal(
    confidenceOf(model, { ...signals, kind: "statement" }).event,
    0.269,
    "context events: the bias alone",
  );
});

t.test("each fact's confidence is the accuracy of facts read the same way", async (t) => {
  t.same(factKeys(signals), {
    date: "clause-day",
    place: "dateline",
    participants: "reference-pair",
    topics: "any",
  });
  t.match(confidenceOf(model, signals), { date: 0.9, place: 0.6, participants: 0.7, topics: 0.4 });
  const bare = confidenceOf(model, {
    ...signals,
    datePrecision: "none",
    dateFrom: "none",
    placeFrom: "none",
    topics: 0,
  });
  t.match(bare, { date: null, place: null, topics: null }, "no fact, no confidence in it");
});

t.test("every extracted event carries confidences in [0, 1]", async (t) => {
  const out = extract(
    {
      text: "NEW DELHI, March 12 (Wire) - Indian External Affairs Minister Subrahmanyam Jaishankar spoke by phone with Australian Foreign Minister Penny Wong on Tuesday about trade.",
      publishedAt: "2024-03-12",
    },
    loadReference(),
  );
  t.ok(out.events.length > 0);
  for (const e of out.events) {
    for (const v of Object.values(e.confidence)) if (v !== null) t.ok(v >= 0 && v <= 1, `${e.id}: ${v}`);
    if (e.kind === "call") t.equal(e.confidence.place, null, "a call has no place, so no confidence in one");
  }
});
