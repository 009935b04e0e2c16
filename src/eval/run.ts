// Extraction quality of the pipeline alone: each article is extracted on its own (no
// database, no curation) and its meetings are matched against the oracle's.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadReference, type Reference } from "../extract/reference.ts";
import { extractArticle } from "../ingest/extract-article.ts";
import { articleFromFile } from "../ingest/ingest.ts";
import type { Extraction } from "../schemas/extraction.ts";
import { type Calibration, calibration, type Scored } from "./calibration.ts";
import {
  type ArticleCase,
  type CaseSet,
  corpusCases,
  newsCases,
  seedCases,
  uncoveredCorpusFiles,
} from "./fixtures.ts";
import {
  dateExact,
  type ExpectedMeeting,
  hasExpectedPlace,
  matchMeetings,
  type PredictedMeeting,
  placeCorrect,
  predictedMeetings,
} from "./match.ts";
import { type Figures, type Ratio, ratio, scoreMatches, sumFigures } from "./metrics.ts";
import { displayFamilyName, familyNames } from "./names.ts";
import { parseNotEvent, violates } from "./not-events.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type SetName = CaseSet | "all";

const ANY_PARTICIPANT = "every predicted meeting with at least one participant";
export const SCOPES: Record<CaseSet, string> = {
  seeds: "predicted meetings with both a US and a CN participant (the gold's rule)",
  corpus: ANY_PARTICIPANT,
  "news-dev": ANY_PARTICIPANT,
  "news-test": ANY_PARTICIPANT,
};

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

export interface EvalOptions {
  /** The repository root (fixtures and seeds are found under it). */
  root?: string;
  reference?: Reference;
}

const family = (m: PredictedMeeting) =>
  m.participants.map((p) => displayFamilyName(p.name, p.country)).join("+") || "(nobody)";

export const labelExpected = (e: ExpectedMeeting) =>
  `${e.principals.join("+") || e.countries.join("+") || e.key} ${e.date ?? "(no date)"} ${e.kind ?? ""}`.trim();

export const labelPredicted = (m: PredictedMeeting) =>
  `${family(m)} ${m.date.start ?? "(no date)"} ${m.kind}`;

const isUsCn = (m: PredictedMeeting) =>
  m.participants.some((p) => p.country === "US") && m.participants.some((p) => p.country === "CN");
const hasParticipant = (m: PredictedMeeting) => m.participants.length > 0;

/** Scores one article given its extraction (or null when the extractor failed). */
export function scoreArticle(
  c: ArticleCase,
  extraction: Extraction | null,
  error: string | null = null,
): ArticleReport {
  const predicted = extraction ? predictedMeetings(extraction) : [];
  const inScope = c.set === "seeds" ? isUsCn : hasParticipant;
  const result = matchMeetings(predicted, c.expected);
  const figures = scoreMatches(result, c.expected, predicted, inScope);
  const cities = c.expected.flatMap((e) => [e.city, ...e.cityAlternatives]).filter((x): x is string => !!x);
  const notEvents = c.notEvents.map((text) => {
    const parsed = parseNotEvent(text, c.officials, cities);
    return {
      text,
      principals: parsed.principals,
      violatedBy: result.unmatchedPredicted.filter((m) => violates(m, parsed)).map(labelPredicted),
    };
  });
  const pub = extraction?.document.publishedAt;
  const matched = new Map(result.pairs.map((p) => [p.predicted, p.expected]));
  const scored = {
    event: predicted
      .filter(inScope)
      .flatMap((m) => (m.confidence ? [{ confidence: m.confidence.event, correct: matched.has(m) }] : [])),
    date: result.pairs.flatMap(({ predicted: m, expected: e }) =>
      m.confidence?.date != null && e.date !== null
        ? [{ confidence: m.confidence.date, correct: dateExact(m.date, e) }]
        : [],
    ),
    place: result.pairs.flatMap(({ predicted: m, expected: e }) =>
      m.confidence?.place != null && hasExpectedPlace(e)
        ? [{ confidence: m.confidence.place, correct: placeCorrect(m, e) }]
        : [],
    ),
  };
  return {
    officials: officialsFound(c, extraction),
    scored,
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
    notEvents,
    publishedAt: c.publishedAt
      ? {
          expected: c.publishedAt.value,
          expectedPrecision: c.publishedAt.precision,
          predicted: pub?.value ?? null,
          predictedPrecision: pub?.precision ?? null,
          correct:
            pub?.value === c.publishedAt.value &&
            (c.publishedAt.precision === null || pub.precision === c.publishedAt.precision),
        }
      : null,
  };
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

function runCase(c: ArticleCase, ref: Reference): ArticleReport {
  try {
    const article = articleFromFile(c.file, fs.readFileSync(c.path, "utf8"));
    return scoreArticle(c, extractArticle(article, ref));
  } catch (err) {
    // An extractor failure is a finding about one article, not a reason to stop.
    return scoreArticle(c, null, (err as Error).message);
  }
}

function setReport(name: SetName, articles: ArticleReport[], cases: ArticleCase[]): SetReport {
  const figures = sumFigures(articles.map((a) => a.figures));
  let recallAnyDocument: Ratio | null = null;
  if (name === "seeds") {
    // A gold meeting reported by several articles is found when any one of them yields it.
    const required = new Set(cases.flatMap((c) => c.expected.filter((e) => !e.optional).map((e) => e.key)));
    const found = new Set(articles.flatMap((a) => a.matched.map((m) => m.expected)));
    recallAnyDocument = ratio([...required].filter((k) => found.has(k)).length, required.size);
  }
  const all = articles.flatMap((a) => a.notEvents);
  const parsed = all.filter((n) => n.principals.length > 0);
  const pubs = articles.flatMap((a) => (a.publishedAt ? [a.publishedAt] : []));
  const hasCorpus = name !== "seeds" && articles.some((a) => a.set !== "seeds");
  return {
    name,
    articles: articles.length,
    scope: name === "all" ? `seeds: ${SCOPES.seeds}; corpus: ${SCOPES.corpus}` : SCOPES[name],
    f1: figures.f1,
    figures,
    recallAnyDocument,
    notEvents: hasCorpus
      ? {
          ...ratio(parsed.filter((n) => n.violatedBy.length === 0).length, parsed.length),
          skipped: all.length - parsed.length,
        }
      : null,
    publishedAt: hasCorpus ? ratio(pubs.filter((p) => p.correct).length, pubs.length) : null,
    officials: articles.reduce(
      (r, a) => ratio(r.correct + a.officials.correct, r.total + a.officials.total),
      ratio(0, 0),
    ),
    calibration: {
      event: calibration(articles.flatMap((a) => a.scored.event)),
      date: calibration(articles.flatMap((a) => a.scored.date)),
      place: calibration(articles.flatMap((a) => a.scored.place)),
    },
  };
}

/**
 * Runs the pipeline on the five seed articles and the synthetic corpus, each article on
 * its own, and scores the meetings against test/fixtures/gold-seeds.json and
 * test/fixtures/corpus/expected.json. Throws FixtureError when a fixture is missing.
 */
export function evaluate(options: EvalOptions = {}): EvalReport {
  const root = options.root ?? ROOT;
  const seeds = seedCases(
    path.join(root, "test/fixtures/gold-seeds.json"),
    path.join(root, "seeds/articles"),
  );
  const corpusDir = path.join(root, "test/fixtures/corpus");
  const corpus = corpusCases(path.join(corpusDir, "expected.json"), corpusDir);
  const ref = options.reference ?? loadReference(path.join(root, "seeds/reference"));
  const seedReports = seeds.map((c) => runCase(c, ref));
  const corpusReports = corpus.map((c) => runCase(c, ref));
  const notes = [
    "Pipeline alone, per article: extract() on each file; no database, no curation.",
    "Meetings: events of kind in_person, call, video_call, visit, talks, dinner.",
    "Match: every expected principal among the participants by family name, and the predicted date at least as precise as the expected one and inside it (or a dateAlternative); one-to-one, greedy best first.",
    "Seeds: a gold meeting is expected of every document it lists.",
    "Place: country must equal the expected; the city is compared only where the oracle names one (cityAlternatives accepted).",
    "notEvents: family names read from the text; violated by a predicted meeting that matched nothing, has all of them, is of a kind the wording allows (in-person: no calls; trip/visit: no calls or meals) and, if the text names a place, is there or unplaced.",
  ];
  for (const f of uncoveredCorpusFiles(corpusDir, corpus))
    notes.push(`Not in expected.json, not scored: ${f}`);
  // The news corpus of real events, once annotated: dev is read for tuning, test only scored.
  const newsFile = path.join(root, "test/fixtures/news/expected.json");
  const news = fs.existsSync(newsFile)
    ? newsCases(newsFile, path.join(root, "test/fixtures/news/articles"))
    : [];
  if (!news.length)
    notes.push("test/fixtures/news/expected.json is missing: news-dev and news-test not scored.");
  const newsReports = news.map((c) => runCase(c, ref));
  const newsSets = (["news-dev", "news-test"] as const).flatMap((name) => {
    const reports = newsReports.filter((r) => r.set === name);
    return reports.length ? [[name, setReport(name, reports, news)] as const] : [];
  });
  const articles = [...seedReports, ...corpusReports, ...newsReports];
  return {
    sets: {
      seeds: setReport("seeds", seedReports, seeds),
      corpus: setReport("corpus", corpusReports, corpus),
      ...Object.fromEntries(newsSets),
      all: setReport("all", articles, [...seeds, ...corpus, ...news]),
    },
    articles,
    notes,
  };
}

const fmtRatio = (r: Ratio) => (r.value === null ? "-" : `${r.value.toFixed(3)} (${r.correct}/${r.total})`);
const fmtNum = (n: number | null) => (n === null ? "-" : n.toFixed(3));

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

function articleLines(articles: ArticleReport[]): string[] {
  const rows = [["file", "req", "found", "opt", "pred", "in-scope"]];
  for (const a of articles) {
    rows.push([
      a.file,
      String(a.expectedRequired),
      String(a.foundRequired),
      `${a.foundOptional}/${a.expectedOptional}`,
      String(a.figures.predicted),
      String(a.inScope),
    ]);
  }
  const lines = table(rows);
  const out = [`  ${lines[0]}`];
  articles.forEach((a, i) => {
    out.push(`  ${lines[i + 1]}`);
    if (a.error) out.push(`      error: ${a.error}`);
    if (a.misses.length > 0) out.push(`      miss:  ${a.misses.join("; ")}`);
    if (a.extras.length > 0) out.push(`      extra: ${a.extras.join("; ")}`);
    for (const n of a.notEvents.filter((x) => x.violatedBy.length > 0)) {
      out.push(`      notEvent violated: "${n.text}" by ${n.violatedBy.join("; ")}`);
    }
    if (a.publishedAt) {
      const p = a.publishedAt;
      out.push(
        `      publishedAt: ${p.predicted ?? "null"} (${p.predictedPrecision ?? "-"}) vs expected ${p.expected} (${p.expectedPrecision ?? "-"}) ${p.correct ? "ok" : "WRONG"}`,
      );
    }
  });
  return out;
}

/** The reliability table of a set's event confidences: in each bin, how often the event was real. */
function reliability(name: string, c: Calibration): string[] {
  const rows = [["confidence", "n", "mean confidence", "matched"]];
  for (const b of c.bins.filter((x) => x.n > 0))
    rows.push([
      `${b.from.toFixed(1)}-${b.to.toFixed(1)}`,
      String(b.n),
      fmtNum(b.confidence),
      fmtNum(b.accuracy),
    ]);
  return [
    `${name}, reliability of event confidence (ECE ${fmtNum(c.ece)}, n = ${c.n}):`,
    ...table(rows).map((l) => `  ${l}`),
  ];
}

/** The report as a compact text: a table per set, then one line per article. */
export function formatReport(report: EvalReport): string {
  const sets = (["seeds", "corpus", "news-dev", "news-test", "all"] as const).flatMap((n) =>
    report.sets[n] ? [report.sets[n]] : [],
  );
  const rows = [
    ["set", "articles", "recall", "precision", "F1", "date", "place", "kind", "status", "optional"],
  ];
  const more = [
    [
      "set",
      "topic recall",
      "topic precision",
      "participant precision",
      "officials",
      "publishedAt",
      "ECE event/date/place",
    ],
  ];
  for (const s of sets) {
    const f = s.figures;
    rows.push([
      s.name,
      String(s.articles),
      fmtRatio(f.recall),
      fmtRatio(f.precision),
      fmtNum(f.f1),
      fmtRatio(f.date),
      fmtRatio(f.place),
      fmtRatio(f.kind),
      fmtRatio(f.status),
      `${f.optionalFound.correct}/${f.optionalFound.total}`,
    ]);
    more.push([
      s.name,
      fmtRatio(f.topicRecall),
      fmtRatio(f.topicPrecision),
      fmtRatio(f.participantPrecision),
      fmtRatio(s.officials),
      s.publishedAt ? fmtRatio(s.publishedAt) : "-",
      [s.calibration.event, s.calibration.date, s.calibration.place].map((c) => fmtNum(c.ece)).join(" / "),
    ]);
  }
  const out = ["Summitry extraction evaluation", "", ...table(rows), "", ...table(more), ""];
  out.push(
    "recall = required expected found / required expected; precision = in-scope predicted matching an expected (required or optional) / in-scope predicted;",
    "date, place, kind, status = accuracy over matched pairs the oracle gives that field for; optional = optional expected meetings found.",
    `precision scope, seeds: ${SCOPES.seeds}.`,
    `precision scope, corpus: ${SCOPES.corpus}.`,
  );
  out.push(
    "ECE = expected calibration error of the confidences (ten bins): event confidence against matching, date and place confidence against being right on matched pairs.",
  );
  for (const name of ["news-dev", "news-test"] as const) {
    const set = report.sets[name];
    if (set) out.push("", ...reliability(name, set.calibration.event));
  }
  const seeds = report.sets.seeds;
  if (seeds.recallAnyDocument) {
    out.push(
      `seeds, distinct required gold meetings found in any of their documents: ${fmtRatio(seeds.recallAnyDocument)}`,
    );
  }
  const corpus = report.sets.corpus;
  if (corpus.notEvents) {
    out.push(
      `corpus, notEvents respected: ${fmtRatio(corpus.notEvents)}; ${corpus.notEvents.skipped} skipped (no official named in the text)`,
    );
  }
  if (corpus.publishedAt)
    out.push(`corpus, publishedAt of articles without a header: ${fmtRatio(corpus.publishedAt)}`);
  out.push(
    "",
    "seeds, per article (req = required expected, found = of them matched, opt = optional found/expected):",
  );
  out.push(...articleLines(report.articles.filter((a) => a.set === "seeds")));
  out.push("", "corpus, per article:");
  out.push(...articleLines(report.articles.filter((a) => a.set === "corpus")));
  // The test split is scored, never read for tuning: its articles are not itemised.
  if (report.sets["news-dev"]) {
    out.push("", "news-dev, per article (news-test is only scored, not itemised):");
    out.push(...articleLines(report.articles.filter((a) => a.set === "news-dev")));
  }
  out.push("", "Notes:", ...report.notes.map((n) => `  - ${n}`));
  return `${out.join("\n")}\n`;
}
