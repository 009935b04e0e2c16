// Extraction quality of the pipeline alone: each article is extracted on its own (no
// database, no curation) and its meetings are matched against the oracle's.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadReference, type Reference } from "../extract/reference.ts";
import { extractArticle } from "../ingest/extract-article.ts";
import { articleFromFile } from "../ingest/ingest.ts";
import { type ArticleCase, corpusCases, newsCases, seedCases, uncoveredCorpusFiles } from "./fixtures.ts";
import type { ArticleReport, EvalReport } from "./report.ts";
import { scoreArticle } from "./score-article.ts";
import { scoreSet } from "./score-set.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface EvalOptions {
  /** The repository root (fixtures and seeds are found under it). */
  root?: string;
  reference?: Reference;
}

/** How the figures were obtained, printed under them. */
const NOTES = [
  "Pipeline alone, per article: extract() on each file; no database, no curation.",
  "Meetings: events of kind in_person, call, video_call, visit, talks, dinner.",
  "Match: every expected principal among the participants by family name, and the predicted date at least as precise as the expected one and inside it (or a dateAlternative); one-to-one, greedy best first.",
  "Seeds: a gold meeting is expected of every document it lists.",
  "Place: country must equal the expected; the city is compared only where the oracle names one (cityAlternatives accepted).",
  "notEvents: family names read from the text; violated by a predicted meeting that matched nothing, has all of them, is of a kind the wording allows (in-person: no calls; trip/visit: no calls or meals) and, if the text names a place, is there or unplaced.",
];

function extractAndScore(c: ArticleCase, ref: Reference): ArticleReport {
  try {
    const article = articleFromFile(c.file, fs.readFileSync(c.path, "utf8"));
    return scoreArticle(c, extractArticle(article, ref));
  } catch (err) {
    // An extractor failure is a finding about one article, not a reason to stop.
    return scoreArticle(c, null, (err as Error).message);
  }
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
  const seedReports = seeds.map((c) => extractAndScore(c, ref));
  const corpusReports = corpus.map((c) => extractAndScore(c, ref));
  const notes = [...NOTES];
  for (const f of uncoveredCorpusFiles(corpusDir, corpus))
    notes.push(`Not in expected.json, not scored: ${f}`);
  // The news corpus of real events, once annotated: dev is read for tuning, test only scored.
  const newsFile = path.join(root, "test/fixtures/news/expected.json");
  const news = fs.existsSync(newsFile)
    ? newsCases(newsFile, path.join(root, "test/fixtures/news/articles"))
    : [];
  if (!news.length)
    notes.push("test/fixtures/news/expected.json is missing: news-dev and news-test not scored.");
  const newsReports = news.map((c) => extractAndScore(c, ref));
  const newsSets = (["news-dev", "news-test"] as const).flatMap((name) => {
    const reports = newsReports.filter((r) => r.set === name);
    return reports.length ? [[name, scoreSet(name, reports, news)] as const] : [];
  });
  const articles = [...seedReports, ...corpusReports, ...newsReports];
  return {
    sets: {
      seeds: scoreSet("seeds", seedReports, seeds),
      corpus: scoreSet("corpus", corpusReports, corpus),
      ...Object.fromEntries(newsSets),
      all: scoreSet("all", articles, [...seeds, ...corpus, ...news]),
    },
    articles,
    notes,
  };
}
