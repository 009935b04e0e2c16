// Figures over matched meetings: recall, precision, and accuracy of date, place, kind and
// status on matched pairs. Counts are kept so that sets can be summed before dividing.

import {
  dateExact,
  type ExpectedMeeting,
  explainedParticipants,
  hasExpectedPlace,
  type MatchResult,
  type PredictedMeeting,
  placeCorrect,
} from "./match.ts";

/** A numerator over a denominator; value is null when nothing was counted. */
export interface Ratio {
  correct: number;
  total: number;
  value: number | null;
}

export const ratio = (correct: number, total: number): Ratio => ({
  correct,
  total,
  value: total === 0 ? null : correct / total,
});

const addRatio = (a: Ratio, b: Ratio) => ratio(a.correct + b.correct, a.total + b.total);

export interface Figures {
  /** Matched required expected meetings / required expected meetings (optional ones excluded). */
  recall: Ratio;
  /** In-scope predicted meetings matching a required or optional expected one / in-scope predicted. */
  precision: Ratio;
  /** Harmonic mean of recall and precision (null when either is). */
  f1: number | null;
  /** Matched pairs whose predicted date is the expected one (or an alternative) at the same precision. */
  date: Ratio;
  /** Matched pairs with an expected city or country whose predicted place agrees. */
  place: Ratio;
  kind: Ratio;
  /** Matched pairs whose expected meeting gives a status. */
  status: Ratio;
  /** Optional expected meetings found (for information; they count in neither denominator). */
  optionalFound: Ratio;
  /** Matched pairs: expected topics the prediction has / expected topics (where the oracle lists topics). */
  topicRecall: Ratio;
  /** Matched pairs: predicted topics the oracle lists / predicted topics (same pairs). */
  topicPrecision: Ratio;
  /** Matched pairs: predicted participants the oracle names (principals or also) / predicted participants. */
  participantPrecision: Ratio;
  /** All predicted meetings, in scope or not. */
  predicted: number;
}

export function f1Of(recall: Ratio, precision: Ratio): number | null {
  const r = recall.value;
  const p = precision.value;
  if (r === null || p === null) return null;
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
}

/**
 * The figures of one article: `inScope` says which predicted meetings precision judges
 * (for the seeds, US-China meetings; for the corpus, any meeting with a participant).
 */
export function scoreMatches(
  result: MatchResult,
  expected: ExpectedMeeting[],
  predicted: PredictedMeeting[],
  inScope: (m: PredictedMeeting) => boolean,
): Figures {
  const required = expected.filter((e) => !e.optional);
  const optional = expected.filter((e) => e.optional);
  const matched = new Set(result.pairs.map((p) => p.predicted));
  const matchedKeys = new Set(result.pairs.map((p) => p.expected));
  const scoped = predicted.filter(inScope);
  const recall = ratio(required.filter((e) => matchedKeys.has(e)).length, required.length);
  const precision = ratio(scoped.filter((m) => matched.has(m)).length, scoped.length);
  const pairs = result.pairs;
  const dated = pairs.filter((p) => p.expected.date !== null);
  const placed = pairs.filter((p) => hasExpectedPlace(p.expected));
  const kinded = pairs.filter((p) => p.expected.kind !== null);
  const statused = pairs.filter((p) => p.expected.status !== null);
  const topical = pairs.flatMap((p) =>
    p.expected.topics ? [{ want: p.expected.topics, got: p.predicted.topics }] : [],
  );
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    recall,
    precision,
    f1: f1Of(recall, precision),
    date: ratio(dated.filter((p) => dateExact(p.predicted.date, p.expected)).length, dated.length),
    place: ratio(placed.filter((p) => placeCorrect(p.predicted, p.expected)).length, placed.length),
    kind: ratio(kinded.filter((p) => p.predicted.kind === p.expected.kind).length, kinded.length),
    status: ratio(statused.filter((p) => p.predicted.status === p.expected.status).length, statused.length),
    optionalFound: ratio(optional.filter((e) => matchedKeys.has(e)).length, optional.length),
    topicRecall: ratio(
      sum(topical.map((x) => x.want.filter((id) => x.got.includes(id)).length)),
      sum(topical.map((x) => x.want.length)),
    ),
    topicPrecision: ratio(
      sum(topical.map((x) => x.got.filter((id) => x.want.includes(id)).length)),
      sum(topical.map((x) => x.got.length)),
    ),
    participantPrecision: ratio(
      sum(pairs.map((p) => explainedParticipants(p.predicted, p.expected))),
      sum(pairs.map((p) => p.predicted.participants.length)),
    ),
    predicted: predicted.length,
  };
}

export const emptyFigures = (): Figures => ({
  recall: ratio(0, 0),
  precision: ratio(0, 0),
  f1: null,
  date: ratio(0, 0),
  place: ratio(0, 0),
  kind: ratio(0, 0),
  status: ratio(0, 0),
  optionalFound: ratio(0, 0),
  topicRecall: ratio(0, 0),
  topicPrecision: ratio(0, 0),
  participantPrecision: ratio(0, 0),
  predicted: 0,
});

/** Figures of several articles: counts summed (micro-average), then divided. */
export function sumFigures(all: Figures[]): Figures {
  const out = all.reduce(
    (a, b) => ({
      recall: addRatio(a.recall, b.recall),
      precision: addRatio(a.precision, b.precision),
      f1: null,
      date: addRatio(a.date, b.date),
      place: addRatio(a.place, b.place),
      kind: addRatio(a.kind, b.kind),
      status: addRatio(a.status, b.status),
      optionalFound: addRatio(a.optionalFound, b.optionalFound),
      topicRecall: addRatio(a.topicRecall, b.topicRecall),
      topicPrecision: addRatio(a.topicPrecision, b.topicPrecision),
      participantPrecision: addRatio(a.participantPrecision, b.participantPrecision),
      predicted: a.predicted + b.predicted,
    }),
    emptyFigures(),
  );
  return { ...out, f1: f1Of(out.recall, out.precision) };
}
