import path from "node:path";
import type { Db } from "../data/db/client.ts";
import { applyCuration } from "../data/write/apply-curation.ts";
import { type DocumentOutcome, writeDocument } from "../data/write/write-document.ts";
import { rebuildIndex } from "../data/write/write-index.ts";
import { writeReference } from "../data/write/write-reference.ts";
import { loadReference } from "../extract/reference.ts";
import { lastDay } from "../lib/partial-date.ts";
import { SEEDS_DIR } from "../lib/paths.ts";
import type { Article } from "../seed-files/read-article.ts";
import { readSeed } from "../seed-files/read-seed.ts";
import { extractArticle } from "./extract-article.ts";
import { pipelineVersion } from "./pipeline-version.ts";

export interface SeedSummary {
  documents: DocumentOutcome[];
  created: number;
  skipped: number;
  curated: number;
}

// The same key the Document row stores: the last day its publication date can denote.
const publishedSort = (a: Article) => (a.header.publishedAt ? lastDay(a.header.publishedAt) : "0000");

/**
 * The seed is the pipeline: every article in seeds/articles is extracted and ingested
 * in publication order (so "the latest source" is written last), then the reviewed
 * corrections in seeds/curation.json are applied. All of it is read and extracted
 * before the first write, and written in one transaction.
 */
export async function loadSeed(db: Db, dir = SEEDS_DIR): Promise<SeedSummary> {
  const ref = loadReference(path.join(dir, "reference"));
  const bundle = readSeed(dir);
  const extracted = [...bundle.articles]
    .sort((a, b) => publishedSort(a).localeCompare(publishedSort(b)))
    .map((article) => ({ article, extraction: extractArticle(article, ref) }));
  return db.$transaction(
    async (tx) => {
      await writeReference(tx, ref);
      const documents: DocumentOutcome[] = [];
      const version = pipelineVersion(path.join(dir, "reference"));
      for (const d of extracted)
        documents.push(await writeDocument(tx, d.article, d.extraction, ref, { pipelineVersion: version }));
      const curated = await applyCuration(tx, bundle.curation);
      // Curation renames, merges and deletes events: index the result afresh.
      if (curated) await rebuildIndex(tx);
      return {
        documents,
        created: documents.filter((d) => !d.skipped).length,
        skipped: documents.filter((d) => d.skipped).length,
        curated,
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
