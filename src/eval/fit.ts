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

/** The regularisation strengths tried; cross-validation on the readings picks one. */
export const L2_CHOICES = [0.3, 1, 3, 10, 30];
const STEPS = 5000;
const RATE = 1;

function logistic(readings: Reading[], l2: number): Record<string, number> {
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
      const penalty = n === "bias" ? 0 : l2 * (w[n] ?? 0);
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

const probability = (w: Record<string, number>, r: Reading) => {
  const z = Object.entries(features(r.signals)).reduce((sum, [k, v]) => sum + (w[k] ?? 0) * v, 0);
  return 1 / (1 + Math.exp(-z));
};

/**
 * The regularisation that predicts held-out readings best: readings are grouped by
 * article (`groups[i]` is reading i's), in five folds of whole articles, and each
 * strength is scored by the mean log loss on the fold it was not fitted on.
 */
export function chooseL2(readings: Reading[], groups: string[]): number {
  const articles = [...new Set(groups)].sort();
  const fold = (i: number) => articles.indexOf(groups[i] ?? "") % 5;
  let best = { l2: L2_CHOICES[1] ?? 1, loss: Number.POSITIVE_INFINITY };
  for (const l2 of L2_CHOICES) {
    let loss = 0;
    for (let k = 0; k < 5; k++) {
      const train = readings.filter((_, i) => fold(i) !== k);
      const held = readings.filter((_, i) => fold(i) === k);
      if (!train.length || !held.length) continue;
      const w = logistic(train, l2);
      for (const r of held) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, probability(w, r)));
        loss -= r.matched ? Math.log(p) : Math.log(1 - p);
      }
    }
    if (loss < best.loss) best = { l2, loss };
  }
  return best.l2;
}

export function fitConfidence(readings: Reading[], fittedOn: string, l2 = 1): ConfidenceFile {
  const matched = readings.filter((r) => r.matched);
  const weights = logistic(readings, l2);
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
