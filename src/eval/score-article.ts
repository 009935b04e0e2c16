// One article scored: its predicted meetings matched against the oracle's, with the
// figures, the misses and extras, the notEvents, publishedAt, officials and confidences.

import type { Extraction } from "../schemas/extraction.ts";
import type { Scored } from "./calibration.ts";
import type { ArticleCase } from "./fixtures.ts";
import { labelExpected, labelPredicted } from "./labels.ts";
import {
  dateExact,
  hasExpectedPlace,
  type MatchResult,
  matchMeetings,
  type PredictedMeeting,
  placeCorrect,
  predictedMeetings,
} from "./match.ts";
import { type Ratio, ratio, scoreMatches } from "./metrics.ts";
import { familyNames } from "./names.ts";
import { parseNotEvent, violates } from "./not-events.ts";
import type { ArticleReport, NotEventReport, PublishedAtReport } from "./report.ts";
import { inScopeOf } from "./scope.ts";

/** Scores one article given its extraction (or null when the extractor failed). */
export function scoreArticle(
  c: ArticleCase,
  extraction: Extraction | null,
  error: string | null = null,
): ArticleReport {
  const predicted = extraction ? predictedMeetings(extraction) : [];
  const inScope = inScopeOf(c.set);
  const result = matchMeetings(predicted, c.expected);
  const figures = scoreMatches(result, c.expected, predicted, inScope);
  // This order is the JSON's: keep it, or npm run eval -- --json changes.
  return {
    officials: officialsFound(c, extraction),
    scored: scoredConfidences(predicted, result, inScope),
    set: c.set,
    file: c.file,
    error,
    figures,
    expectedRequired: figures.recall.total,
    foundRequired: figures.recall.correct,
    expectedOptional: figures.optionalFound.total,
    foundOptional: figures.optionalFound.correct,
    inScope: figures.precision.total,
    matched: result.pairs.map((p) => ({ expected: p.expected.key, predicted: p.predicted.id })),
    misses: result.unmatchedExpected.filter((e) => !e.optional).map(labelExpected),
    extras: result.unmatchedPredicted.filter(inScope).map(labelPredicted),
    notEvents: notEventsChecked(c, result),
    publishedAt: publishedAtChecked(c, extraction),
  };
}

/** Each notEvent with the unmatched predicted meetings that realise it. */
function notEventsChecked(c: ArticleCase, result: MatchResult): NotEventReport[] {
  const cities = c.expected.flatMap((e) => [e.city, ...e.cityAlternatives]).filter((x): x is string => !!x);
  return c.notEvents.map((text) => {
    const parsed = parseNotEvent(text, c.officials, cities);
    return {
      text,
      principals: parsed.principals,
      violatedBy: result.unmatchedPredicted.filter((m) => violates(m, parsed)).map(labelPredicted),
    };
  });
}

/** The inferred publishedAt against the oracle's, where the oracle gives one. */
function publishedAtChecked(c: ArticleCase, extraction: Extraction | null): PublishedAtReport | null {
  if (!c.publishedAt) return null;
  const pub = extraction?.document.publishedAt;
  return {
    expected: c.publishedAt.value,
    expectedPrecision: c.publishedAt.precision,
    predicted: pub?.value ?? null,
    predictedPrecision: pub?.precision ?? null,
    correct:
      pub?.value === c.publishedAt.value &&
      (c.publishedAt.precision === null || pub.precision === c.publishedAt.precision),
  };
}

/**
 * The confidences with whether they were right: an in-scope event's against matching, a
 * matched pair's date and place against the oracle's, where the oracle gives them.
 */
function scoredConfidences(
  predicted: PredictedMeeting[],
  result: MatchResult,
  inScope: (m: PredictedMeeting) => boolean,
): ArticleReport["scored"] {
  const matched = new Map(result.pairs.map((p) => [p.predicted, p.expected]));
  const event: Scored[] = predicted
    .filter(inScope)
    .flatMap((m) => (m.confidence ? [{ confidence: m.confidence.event, correct: matched.has(m) }] : []));
  const date = result.pairs.flatMap(({ predicted: m, expected: e }) =>
    m.confidence?.date != null && e.date !== null
      ? [{ confidence: m.confidence.date, correct: dateExact(m.date, e) }]
      : [],
  );
  const place = result.pairs.flatMap(({ predicted: m, expected: e }) =>
    m.confidence?.place != null && hasExpectedPlace(e)
      ? [{ confidence: m.confidence.place, correct: placeCorrect(m, e) }]
      : [],
  );
  return { event, date, place };
}

/**
 * An official the oracle lists counts as found when an extracted official bears the same
 * family name and the same party: the organisation for an organisation's official, else
 * the country. The seeds' gold lists officials of the whole corpus, not per article, so
 * the seeds are not scored here.
 */
function officialsFound(c: ArticleCase, extraction: Extraction | null): Ratio {
  if (c.set === "seeds") return ratio(0, 0);
  const found = extraction?.officials ?? [];
  const right = c.officials.filter((o) =>
    found.some((f) => {
      const party = o.organization
        ? f.organization === o.organization
        : f.country === o.country && !f.organization;
      const theirs = familyNames(o.name, o.country ?? f.country);
      return party && familyNames(f.name, f.country).some((n) => theirs.includes(n));
    }),
  );
  return ratio(right.length, c.officials.length);
}
