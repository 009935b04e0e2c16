// Fits the confidence model of src/extract/confidence.ts on readings with known outcomes:
// a logistic regression (L2-regularised, gradient descent) for the event, and smoothed
// accuracy tables for each fact. Pure: readings in, the confidence.json content out.

import { type EventSignals, factKeys, features } from "../extract/confidence.ts";
import type { ConfidenceFile } from "../schemas/reference-extra.ts";

export interface Reading {
  signals: EventSignals;
  /** The predicted meeting matched an expected one. */
  matched: boolean;
  /** On a matched pair, each fact's outcome where the oracle gives that fact (null: not judged). */
  date: boolean | null;
  place: boolean | null;
  participants: boolean | null;
  /** Predicted topics the oracle lists, of all predicted (null when none predicted or not judged). */
  topics: { right: number; total: number } | null;
}

const L2 = 1;
const STEPS = 5000;
const RATE = 1;

function logistic(readings: Reading[]): Record<string, number> {
  const xs = readings.map((r) => features(r.signals));
  const names = Object.keys(xs[0] ?? { bias: 1 });
  const w: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  for (let step = 0; step < STEPS; step++) {
    const grad: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    xs.forEach((x, i) => {
      const z = names.reduce((s, n) => s + (w[n] ?? 0) * (x[n] ?? 0), 0);
      const err = 1 / (1 + Math.exp(-z)) - (readings[i]?.matched ? 1 : 0);
      for (const n of names) grad[n] = (grad[n] ?? 0) + err * (x[n] ?? 0);
    });
    for (const n of names) {
      const penalty = n === "bias" ? 0 : L2 * (w[n] ?? 0);
      w[n] = (w[n] ?? 0) - (RATE * ((grad[n] ?? 0) + penalty)) / Math.max(1, xs.length);
    }
  }
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}

/** (right + 1) / (total + 2) per key, and over all keys as "default". */
function table(outcomes: { key: string | null; right: number; total: number }[]): Record<string, number> {
  const by = new Map<string, { right: number; total: number }>();
  let right = 0;
  let total = 0;
  for (const o of outcomes) {
    if (o.key === null || o.total === 0) continue;
    const t = by.get(o.key) ?? { right: 0, total: 0 };
    t.right += o.right;
    t.total += o.total;
    by.set(o.key, t);
    right += o.right;
    total += o.total;
  }
  const smooth = (r: number, n: number) => Math.round(((r + 1) / (n + 2)) * 1000) / 1000;
  return {
    default: smooth(right, total),
    ...Object.fromEntries([...by].sort().map(([k, t]) => [k, smooth(t.right, t.total)])),
  };
}

export function fitConfidence(readings: Reading[], fittedOn: string): ConfidenceFile {
  const matched = readings.filter((r) => r.matched);
  const weights = logistic(readings);
  const fact = (pick: (r: Reading) => boolean | null, key: (r: Reading) => string | null) =>
    table(
      matched.map((r) => {
        const ok = pick(r);
        return { key: ok === null ? null : key(r), right: ok ? 1 : 0, total: ok === null ? 0 : 1 };
      }),
    );
  return {
    curation: {
      by: "npm run calibrate",
      reason:
        "Fitted on the dev split of the news corpus (test/fixtures/news): the event weights by logistic regression on whether each predicted meeting matched an expected one; each fact's table is the share of matched pairs whose fact was right, by the way the fact was read, smoothed as (right + 1) / (total + 2). Regenerate after changing the rules; never fit on the test split.",
    },
    fittedOn,
    weights,
    facts: {
      date: fact(
        (r) => r.date,
        (r) => factKeys(r.signals).date,
      ),
      place: fact(
        (r) => r.place,
        (r) => factKeys(r.signals).place,
      ),
      participants: fact(
        (r) => r.participants,
        (r) => factKeys(r.signals).participants,
      ),
      topics: table(
        matched.map((r) => ({
          key: r.topics ? factKeys(r.signals).topics : null,
          right: r.topics?.right ?? 0,
          total: r.topics?.total ?? 0,
        })),
      ),
    },
  };
}
