import type { Db } from "../db/client.ts";
import { lastDay } from "../lib/partial-date.ts";
import { readSeed, SEEDS_DIR, type SeedDocument } from "./read-seed.ts";
import { type DocumentOutcome, writeDocument } from "./write-document.ts";
import { writeReference } from "./write-reference.ts";

// The same key the Document row stores: the last day its publication date can denote.
const publishedSort = (d: SeedDocument) =>
  d.article.header.publishedAt ? lastDay(d.article.header.publishedAt) : "0000";

export interface SeedSummary {
  documents: DocumentOutcome[];
  created: number;
  skipped: number;
}

/**
 * Loads seeds/ in one transaction: reference data, then every article in publication
 * order (so "the latest source" is the last one written). Every file is read and
 * checked before the first write; any failure rolls the whole load back.
 */
export async function loadSeed(db: Db, dir = SEEDS_DIR): Promise<SeedSummary> {
  const bundle = readSeed(dir);
  const ordered = [...bundle.documents].sort((a, b) => publishedSort(a).localeCompare(publishedSort(b)));
  const documents = await db.$transaction(
    async (tx) => {
      await writeReference(tx, bundle);
      const out: DocumentOutcome[] = [];
      for (const d of ordered) out.push(await writeDocument(tx, d.article, d.extraction));
      return out;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return {
    documents,
    created: documents.filter((d) => !d.skipped).length,
    skipped: documents.filter((d) => d.skipped).length,
  };
}
