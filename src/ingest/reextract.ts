import fs from "node:fs";
import type { Db } from "../data/db/client.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { countDocuments, storedArticles, storedCorrections } from "../data/rebuild-source.ts";
import { applyEntry } from "../data/write/apply-curation.ts";
import type { RecordedChange } from "../data/write/record-changes.ts";
import { swapDerived } from "../data/write/swap-derived.ts";
import { writeDocument } from "../data/write/write-document.ts";
import { writeReference } from "../data/write/write-reference.ts";
import { loadReference } from "../extract/reference.ts";
import { extractArticle } from "./extract-article.ts";
import { pipelineVersion } from "./pipeline-version.ts";

export interface ReextractReport {
  pipelineVersion: string;
  documents: number;
  /** Documents that could not be read or extracted: left as they were, reported. */
  failedDocuments: { id: string; reason: string }[];
  corrections: number;
  /** Corrections that no longer apply to what the pipeline now extracts: kept, reported. */
  failedCorrections: { id: number; key: string; field: string; reason: string }[];
  events: { before: number; after: number; added: number; removed: number; changed: number };
  /** Per field, how many events it changed in. */
  changedFields: Record<string, number>;
}

export interface ReextractOptions {
  /** The scratch database the rebuild is written to (deleted before and after). */
  scratchFile: string;
  batchSize?: number;
  by?: string | null;
  /** The reference data to read with (default seeds/reference): part of the pipeline. */
  referenceDir?: string;
  onProgress?: (done: number, total: number) => void;
  /** Runs the swap: a server passes its write queue, so the swap waits for its own writes. */
  exclusive?: <T>(swap: () => Promise<T>) => Promise<T>;
}

const BATCH = 100;

class CorrectionFailed extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * Re-reads every stored document with the current pipeline and re-applies every
 * correction, then replaces the derived events in one transaction and reports what
 * changed. The rebuild goes to a scratch database, a batch of documents per
 * transaction, so memory stays flat and the live data stays whole until the swap: a
 * kill at any point leaves the database as it was, and a re-run starts afresh. Run
 * twice, the second run finds nothing to change.
 */
export async function reextract(live: Db, options: ReextractOptions): Promise<ReextractReport> {
  const ref = loadReference(options.referenceDir);
  const version = pipelineVersion(options.referenceDir);
  removeScratch(options.scratchFile);
  const { db: next } = await openMigratedDb(options.scratchFile);
  const failedDocuments: ReextractReport["failedDocuments"] = [];
  const failedCorrections: ReextractReport["failedCorrections"] = [];
  const read: string[] = [];
  try {
    await next.$transaction((tx) => writeReference(tx, ref), { timeout: 120_000 });
    const total = await countDocuments(live);
    let after: { sort: string; id: string } | null = null;
    let done = 0;
    for (;;) {
      const batch = await storedArticles(live, after, options.batchSize ?? BATCH);
      if (!batch.length) break;
      // Extraction is the slow part and synchronous: a server's event loop gets a turn per batch.
      await new Promise((resolve) => setImmediate(resolve));
      const extracted = batch.flatMap((d) => {
        if (!d.article) {
          failedDocuments.push({ id: d.id, reason: d.error ?? "unreadable" });
          return [];
        }
        try {
          return [{ d, article: d.article, x: extractArticle(d.article, ref) }];
        } catch (err) {
          failedDocuments.push({ id: d.id, reason: (err as Error).message });
          return [];
        }
      });
      await next.$transaction(
        async (tx) => {
          for (const { d, article, x } of extracted)
            await writeDocument(tx, article, x, ref, {
              by: d.ingestedBy,
              pipelineVersion: version,
              record: false,
            });
        },
        { timeout: 120_000 },
      );
      read.push(...extracted.map((e) => e.d.id));
      done += batch.length;
      after = batch.at(-1)?.position ?? null;
      options.onProgress?.(done, total);
    }
    const corrections = await storedCorrections(live);
    for (const { id, entry } of corrections) {
      await next
        .$transaction((tx) =>
          applyEntry(
            tx,
            entry,
            (field, message) => {
              throw new CorrectionFailed(field, message);
            },
            { record: false },
          ),
        )
        .catch((err: unknown) => {
          const field = err instanceof CorrectionFailed ? err.field : "";
          failedCorrections.push({ id, key: entry.key, field, reason: (err as Error).message });
        });
    }
    await next.$disconnect();
    const before = await live.event.count();
    const swap = () =>
      swapDerived(live, options.scratchFile, {
        pipelineVersion: version,
        documents: read,
        failedCorrections,
        by: options.by,
      });
    const changes = await (options.exclusive ? options.exclusive(swap) : swap());
    return {
      pipelineVersion: version,
      documents: done,
      failedDocuments,
      corrections: corrections.length,
      failedCorrections,
      events: { before, after: await live.event.count(), ...tally(changes) },
      changedFields: fieldsOf(changes),
    };
  } finally {
    await next.$disconnect();
    removeScratch(options.scratchFile);
  }
}

function tally(changes: RecordedChange[]) {
  const n = (op: RecordedChange["op"]) => changes.filter((c) => c.op === op).length;
  return { added: n("created"), removed: n("deleted"), changed: n("updated") };
}

function fieldsOf(changes: RecordedChange[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of changes.filter((c) => c.op === "updated"))
    for (const f of c.fields) out[f] = (out[f] ?? 0) + 1;
  return out;
}

function removeScratch(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}
