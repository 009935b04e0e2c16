// The report of npm run eval, as npm run eval -- --json prints it. The JSON's field order
// is the order the scoring builds each object in, not the order declared here.

import type { Calibration, Scored } from "./calibration.ts";
import type { CaseSet } from "./fixtures.ts";
import type { Figures, Ratio } from "./metrics.ts";

export type SetName = CaseSet | "all";

export interface NotEventReport {
  text: string;
  /** Family names read out of the text; none means the entry was skipped. */
  principals: string[];
  /** Unmatched predicted meetings that realise it. */
  violatedBy: string[];
}

export interface PublishedAtReport {
  expected: string;
  expectedPrecision: string | null;
  predicted: string | null;
  predictedPrecision: string | null;
  correct: boolean;
}

export interface ArticleReport {
  set: CaseSet;
  file: string;
  /** The extractor threw on this article: nothing was predicted. */
  error: string | null;
  figures: Figures;
  expectedRequired: number;
  foundRequired: number;
  expectedOptional: number;
  foundOptional: number;
  /** Predicted meetings in scope for precision. */
  inScope: number;
  /** Matched pairs: the expected meeting's key and the predicted event's id. */
  matched: { expected: string; predicted: string }[];
  /** Required expected meetings not found, as "Principals date kind". */
  misses: string[];
  /** In-scope predicted meetings that matched nothing. */
  extras: string[];
  notEvents: NotEventReport[];
  publishedAt: PublishedAtReport | null;
  /** Officials the oracle lists that the extraction names with the right country (or organisation). */
  officials: Ratio;
  /** In-scope predicted meetings' event confidence and whether they matched; facts on matched pairs. */
  scored: { event: Scored[]; date: Scored[]; place: Scored[] };
}

export interface SetReport {
  name: SetName;
  articles: number;
  /** Meetings F1 (the same as figures.f1), at the top for dashboards and gates. */
  f1: number | null;
  scope: string;
  figures: Figures;
  /** Seeds only: distinct required gold meetings found in at least one of their documents. */
  recallAnyDocument: Ratio | null;
  /** Corpus: notEvents with no predicted meeting realising them / notEvents whose principals could be read. */
  notEvents: (Ratio & { skipped: number }) | null;
  /** Corpus: articles without a header whose inferred publishedAt is right (value and precision). */
  publishedAt: Ratio | null;
  /** Officials named in the text, found with the right country or organisation (news and corpus sets). */
  officials: Ratio;
  /** How well the confidences predict being right: the event's, and the date's and place's. */
  calibration: { event: Calibration; date: Calibration; place: Calibration };
}

export interface EvalReport {
  /** news-dev and news-test are absent until test/fixtures/news/expected.json exists. */
  sets: Partial<Record<SetName, SetReport>> & Record<"seeds" | "corpus" | "all", SetReport>;
  articles: ArticleReport[];
  notes: string[];
}
