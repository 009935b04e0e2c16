// Matching predicted meetings (from one article's extraction) against expected ones
// (from an oracle), by principals' family names and the date at the expected precision.

import { precisionOf } from "../lib/partial-date.ts";
import { type ExtractedEvent, type Extraction, isMeetingKind } from "../schemas/extraction.ts";
import { normalizeToken, principalMatches } from "./names.ts";

/** A meeting as an oracle states it, normalised from gold-seeds.json or corpus/expected.json. */
export interface ExpectedMeeting {
  key: string;
  /** Family names as a human writes them ("Xi", "Van der Bellen"); all must be participants. */
  principals: string[];
  /** Further participants: not needed to match, used to choose the best of several matches. */
  also: string[];
  /** ISO codes of the parties; used to match only when there are no principals. */
  countries: string[];
  kind: string | null;
  status: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD; null matches any date. */
  date: string | null;
  dateAlternatives: string[];
  city: string | null;
  cityAlternatives: string[];
  country: string | null;
  /** Topic ids discussed at the meeting; null where the oracle does not say (the seeds' gold). */
  topics: string[] | null;
  optional: boolean;
}

export interface PredictedParticipant {
  id: string;
  name: string;
  country: string | null;
}

/** A meeting event of an extraction, with its participants resolved to names and countries. */
export interface PredictedMeeting {
  id: string;
  kind: string;
  status: string;
  date: { start: string | null; precision: string | null };
  place: { city: string | null; country: string | null };
  participants: PredictedParticipant[];
  topics: string[];
  /** The pipeline's confidence in the event and its facts (absent in hand-made predictions). */
  confidence?: ExtractedEvent["confidence"];
}

export interface MatchedPair {
  predicted: PredictedMeeting;
  expected: ExpectedMeeting;
}

export interface MatchResult {
  pairs: MatchedPair[];
  /** Expected meetings no prediction matched (required and optional). */
  unmatchedExpected: ExpectedMeeting[];
  /** Predicted meetings that matched nothing (or whose match went to a better prediction). */
  unmatchedPredicted: PredictedMeeting[];
}

/** The meetings of an extraction: events of a meeting kind, participants named via extraction.officials. */
export function predictedMeetings(extraction: Extraction): PredictedMeeting[] {
  const officials = new Map(extraction.officials.map((o) => [o.id, o]));
  return extraction.events
    .filter((e) => isMeetingKind(e.kind))
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      status: e.status,
      date: { start: e.date.start, precision: e.date.precision },
      place: { city: e.place.city, country: e.place.country },
      topics: e.topics,
      confidence: e.confidence,
      participants: e.participants.map((p) => {
        const o = officials.get(p.official);
        return {
          id: p.official,
          name: o?.name ?? p.official.replace(/-/g, " "),
          country: o?.country ?? p.side,
        };
      }),
    }));
}

const expectedDates = (e: Pick<ExpectedMeeting, "date" | "dateAlternatives">) =>
  e.date === null ? [] : [e.date, ...e.dateAlternatives];

/**
 * True when a predicted date agrees with an expected one at the expected precision: a
 * predicted day inside an expected month matches; a predicted month or year less precise
 * than expected does not. An expected meeting without a date matches any date.
 */
export function dateMatches(
  predicted: string | null,
  expected: Pick<ExpectedMeeting, "date" | "dateAlternatives">,
): boolean {
  if (expected.date === null) return true;
  if (predicted === null) return false;
  return expectedDates(expected).some((d) => predicted.startsWith(d));
}

/** True when the predicted date is exactly an expected date (or alternative), at the same precision. */
export function dateExact(
  predicted: { start: string | null; precision: string | null },
  expected: Pick<ExpectedMeeting, "date" | "dateAlternatives">,
): boolean {
  const start = predicted.start;
  if (start === null) return false;
  return expectedDates(expected).some(
    (d) => start === d && (predicted.precision ?? precisionOf(start)) === precisionOf(d),
  );
}

/** Predicted participants the oracle names (principals or also): an extra one is an error. */
export function explainedParticipants(predicted: PredictedMeeting, expected: ExpectedMeeting): number {
  const named = [...expected.principals, ...expected.also];
  return predicted.participants.filter((p) => named.some((n) => principalMatches(n, p.name, p.country)))
    .length;
}

const hasParticipant = (m: PredictedMeeting, principal: string) =>
  m.participants.some((p) => principalMatches(principal, p.name, p.country));

/** True when every expected principal is a participant of the prediction (by family name). */
export function principalsMatch(predicted: PredictedMeeting, expected: ExpectedMeeting): boolean {
  if (expected.principals.length === 0) {
    // No named principals ("the three countries' leaders"): the parties' countries must take part.
    const countries = new Set(predicted.participants.map((p) => p.country));
    return predicted.participants.length > 0 && expected.countries.every((c) => countries.has(c));
  }
  return expected.principals.every((name) => hasParticipant(predicted, name));
}

/** The matching rule: every principal present, and the date agreeing at the expected precision. */
export function meetingMatches(predicted: PredictedMeeting, expected: ExpectedMeeting): boolean {
  return principalsMatch(predicted, expected) && dateMatches(predicted.date.start, expected);
}

const norm = (s: string | null | undefined) => (s ? s.split(/\s+/).map(normalizeToken).join(" ") : null);

/**
 * True when the predicted place agrees: the country equals the expected country, and
 * where the oracle names a city, the predicted city is it or one of its alternatives.
 * (A null expected city means the text fixes no city, so the predicted city is not scored.)
 */
export function placeCorrect(predicted: PredictedMeeting, expected: ExpectedMeeting): boolean {
  if (expected.country !== null && predicted.place.country !== expected.country) return false;
  if (expected.city === null) return true;
  const city = norm(predicted.place.city);
  return city !== null && [expected.city, ...expected.cityAlternatives].some((c) => norm(c) === city);
}

export const hasExpectedPlace = (e: ExpectedMeeting) => e.city !== null || e.country !== null;

/** How good a (matching) pair is, to choose greedily best first. */
export function pairScore(predicted: PredictedMeeting, expected: ExpectedMeeting): number {
  let score = 0;
  if (expected.date === null || dateExact(predicted.date, expected)) score += 8;
  if (expected.kind !== null && predicted.kind === expected.kind) score += 4;
  if (hasExpectedPlace(expected) && placeCorrect(predicted, expected)) score += 2;
  if (expected.status !== null && predicted.status === expected.status) score += 1;
  // Participants explained by the oracle (principals and also) against all named on either side.
  const named = [...expected.principals, ...expected.also];
  const explained = explainedParticipants(predicted, expected);
  const union = named.length + predicted.participants.length - explained;
  if (union > 0) score += (2 * explained) / union;
  // Every required meeting before any optional one ("may be folded into the talks"): an
  // optional entry counts only when found besides, never in place of, a required one.
  if (!expected.optional) score += 20;
  return score;
}

/**
 * One-to-one matching, greedy best first: every (predicted, expected) pair that satisfies
 * the matching rule, taken in order of pairScore (ties in input order), each expected and
 * each predicted meeting used at most once.
 */
export function matchMeetings(predicted: PredictedMeeting[], expected: ExpectedMeeting[]): MatchResult {
  const candidates: { p: number; e: number; score: number }[] = [];
  predicted.forEach((pm, p) => {
    expected.forEach((em, e) => {
      if (meetingMatches(pm, em)) candidates.push({ p, e, score: pairScore(pm, em) });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.e - b.e || a.p - b.p);
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedE.has(c.e)) continue;
    usedP.add(c.p);
    usedE.add(c.e);
    pairs.push({ predicted: predicted[c.p] as PredictedMeeting, expected: expected[c.e] as ExpectedMeeting });
  }
  return {
    pairs,
    unmatchedExpected: expected.filter((_, e) => !usedE.has(e)),
    unmatchedPredicted: predicted.filter((_, p) => !usedP.has(p)),
  };
}
