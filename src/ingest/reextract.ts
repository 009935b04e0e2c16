import type { Db } from "../data/db/client.ts";
import type { RecordedChange } from "../data/write/record-changes.ts";
import { swapDerived } from "../data/write/swap-derived.ts";
import { loadReference } from "../extract/reference.ts";
import { pipelineVersion } from "./pipeline-version.ts";
import { openScratch, readDocuments, reapplyCorrections, removeScratch } from "./rebuild.ts";

export interface ReextractReport {
  pipelineVersion: string;
  documents: number;
  /** Documents an interrupted run had already read, which this run took over (0 if none). */
  resumedFrom: number;
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
  /** The scratch database the rebuild is written to: kept only while a rebuild is unfinished. */
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

/**
 * Re-reads every stored document with the current pipeline and re-applies every
 * correction, then replaces the derived events in one transaction and reports what
 * changed. The rebuild goes to a scratch database, one transaction per batch of
 * documents, each saving how far it got (rebuild.ts): memory stays flat, the live data
 * stays whole until the swap, and a run killed at any point leaves the live database as
 * it was and its scratch at the last batch it committed, where the next run resumes.
 * Run twice, the second run finds nothing to change.
 */
export async function reextract(live: Db, options: ReextractOptions): Promise<ReextractReport> {
  const ref = loadReference(options.referenceDir);
  const version = pipelineVersion(options.referenceDir);
  const scratch = await openScratch(live, options.scratchFile, version, ref);
  try {
    await readDocuments(live, scratch, ref, {
      batchSize: options.batchSize ?? BATCH,
      onProgress: options.onProgress,
    });
    const corrections = await reapplyCorrections(live, scratch);
    const read = (await scratch.db.document.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(
      (d) => d.id,
    );
    await scratch.db.$disconnect();
    const { failedDocuments, failedCorrections, done } = scratch.checkpoint;
    const before = await live.event.count();
    const swap = () =>
      swapDerived(live, options.scratchFile, {
        pipelineVersion: version,
        documents: read,
        failedCorrections,
        by: options.by,
      });
    const changes = await (options.exclusive ? options.exclusive(swap) : swap());
    removeScratch(options.scratchFile);
    return {
      pipelineVersion: version,
      documents: done,
      resumedFrom: scratch.resumedFrom,
      failedDocuments,
      corrections,
      failedCorrections,
      events: { before, after: await live.event.count(), ...tally(changes) },
      changedFields: fieldsOf(changes),
    };
  } finally {
    await scratch.db.$disconnect();
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
