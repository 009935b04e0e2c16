import fs from "node:fs";
import type { Db } from "../data/db/client.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import {
  countDocuments,
  foldDocumentsUpTo,
  storedArticles,
  storedCorrections,
} from "../data/rebuild-source.ts";
import { applyEntry } from "../data/write/apply-curation.ts";
import {
  type Checkpoint,
  chain,
  freshCheckpoint,
  readCheckpoint,
  saveCheckpoint,
} from "../data/write/rebuild-checkpoint.ts";
import { writeDocument } from "../data/write/write-document.ts";
import { writeReference } from "../data/write/write-reference.ts";
import type { Reference } from "../extract/reference.ts";
import { extractArticle } from "./extract-article.ts";

// A re-extraction's rebuild, written to a scratch database one transaction per batch of
// documents (and one per correction), each with the checkpoint that says how far it got.
// reextract.ts swaps the finished scratch into the live database.

export interface Scratch {
  db: Db;
  checkpoint: Checkpoint;
  /** Documents an interrupted run had already read (0 for a fresh rebuild). */
  resumedFrom: number;
}

/**
 * Opens the scratch database: the interrupted rebuild it holds when that was made by the
 * same pipeline from the documents still stored (the digest of those read so far
 * matches), else a fresh one.
 */
export async function openScratch(live: Db, file: string, version: string, ref: Reference): Promise<Scratch> {
  if (fs.existsSync(file)) {
    const resumed = await tryResume(live, file, version).catch(() => null);
    if (resumed) return resumed;
  }
  removeScratch(file);
  const { db } = await openMigratedDb(file);
  const checkpoint = freshCheckpoint(version);
  await db.$transaction(
    async (tx) => {
      await writeReference(tx, ref);
      await saveCheckpoint(tx, checkpoint);
    },
    { timeout: 120_000 },
  );
  return { db, checkpoint, resumedFrom: 0 };
}

async function tryResume(live: Db, file: string, version: string): Promise<Scratch | null> {
  const { db } = await openMigratedDb(file);
  const checkpoint = await readCheckpoint(db).catch(() => null);
  const same =
    checkpoint?.pipelineVersion === version &&
    (checkpoint.position === null ||
      (await foldDocumentsUpTo(live, checkpoint.position, chain)) === checkpoint.documentChain) &&
    (await correctionChain(live, checkpoint.corrections)) === checkpoint.correctionChain;
  if (checkpoint && same) return { db, checkpoint, resumedFrom: checkpoint.done };
  await db.$disconnect();
  return null;
}

/** Reads every live document after the checkpoint, a batch per scratch transaction. */
export async function readDocuments(
  live: Db,
  scratch: Scratch,
  ref: Reference,
  opts: { batchSize: number; onProgress?: (done: number, total: number) => void },
): Promise<void> {
  const total = await countDocuments(live);
  const cp = scratch.checkpoint;
  for (;;) {
    const batch = await storedArticles(live, cp.position, opts.batchSize);
    if (!batch.length) return;
    // Extraction is the slow part and synchronous: a server's event loop gets a turn per batch.
    await new Promise((resolve) => setImmediate(resolve));
    const failed: Checkpoint["failedDocuments"] = [];
    const extracted = batch.flatMap((d) => {
      if (!d.article) {
        failed.push({ id: d.id, reason: d.error ?? "unreadable" });
        return [];
      }
      try {
        return [{ d, article: d.article, x: extractArticle(d.article, ref) }];
      } catch (err) {
        failed.push({ id: d.id, reason: (err as Error).message });
        return [];
      }
    });
    const next: Checkpoint = {
      ...cp,
      documentChain: batch.reduce((acc, d) => chain(acc, d.id, d.sha256), cp.documentChain),
      position: batch.at(-1)?.position ?? cp.position,
      done: cp.done + batch.length,
      failedDocuments: [...cp.failedDocuments, ...failed],
    };
    await scratch.db.$transaction(
      async (tx) => {
        for (const { d, article, x } of extracted)
          await writeDocument(tx, article, x, ref, {
            by: d.ingestedBy,
            pipelineVersion: cp.pipelineVersion,
            record: false,
          });
        await saveCheckpoint(tx, next);
      },
      { timeout: 120_000 },
    );
    Object.assign(cp, next);
    opts.onProgress?.(cp.done, Math.max(total, cp.done));
  }
}

class CorrectionFailed extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/**
 * Re-applies the live corrections the checkpoint has not tried yet, in order, each in
 * its own scratch transaction with the checkpoint. One that no longer applies is rolled
 * back and recorded as failed, not fatal. Returns how many corrections there are.
 */
export async function reapplyCorrections(live: Db, scratch: Scratch): Promise<number> {
  const cp = scratch.checkpoint;
  const corrections = await storedCorrections(live);
  for (const { id, entry } of corrections.slice(cp.corrections)) {
    const tried = {
      corrections: cp.corrections + 1,
      correctionChain: chain(cp.correctionChain, id, entry.key),
    };
    const applied = await scratch.db
      .$transaction(async (tx) => {
        await applyEntry(
          tx,
          entry,
          (field, message) => {
            throw new CorrectionFailed(field, message);
          },
          { record: false },
        );
        await saveCheckpoint(tx, { ...cp, ...tried });
      })
      .then(
        () => null,
        (err: unknown) => ({
          id,
          key: entry.key,
          field: err instanceof CorrectionFailed ? err.field : "",
          reason: (err as Error).message,
        }),
      );
    Object.assign(cp, tried, applied ? { failedCorrections: [...cp.failedCorrections, applied] } : {});
    if (applied) await scratch.db.$transaction((tx) => saveCheckpoint(tx, cp));
  }
  return corrections.length;
}

async function correctionChain(live: Db, n: number): Promise<string> {
  const tried = (await storedCorrections(live)).slice(0, n);
  return tried.length === n ? tried.reduce((acc, c) => chain(acc, c.id, c.entry.key), "") : "(fewer)";
}

export function removeScratch(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}
