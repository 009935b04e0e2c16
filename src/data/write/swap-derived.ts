import type { Db } from "../db/client.ts";
import { type RecordedChange, recordChanges } from "./record-changes.ts";
import type { Tx } from "./types.ts";
import { rebuildIndex } from "./write-index.ts";

// What the pipeline derives from the documents (events and everything hanging off them),
// children first for the deletes and parents first for the inserts.
const DERIVED = ["Event", "Participant", "EventTopic", "EventSource", "Evidence", "Conflict", "Curation"];
// Reference data the rebuild may have gained (an official a document introduced, a topic
// added to the taxonomy): added, never removed, since documents not re-read still name them.
const REFERENCE_ADDED = ["Official", "OfficialAlias", "Topic", "TopicKeyword", "Summit"];
const ROLE_COLUMNS = `"officialId", "title", "organisation", "country", "organization", "startDate", "endDate", "source"`;

export interface SwapCause {
  pipelineVersion: string;
  /** The documents the rebuild read: they now record its pipeline version. */
  documents: string[];
  /** Corrections the rebuild could not re-apply, and why: the review queue lists them. */
  failedCorrections: { id: number; reason: string }[];
  by?: string | null;
}

/**
 * Replaces the live database's derived data with what a rebuild wrote to `nextFile` (the
 * same documents re-read by the current pipeline, every correction re-applied), in one
 * transaction: readers see the old data or the new, never a mix, and a kill rolls back.
 * Event versions carry over from the change log; each event whose representation
 * changed gets a new version (cause: reextraction). Returns those changes.
 */
export async function swapDerived(db: Db, nextFile: string, why: SwapCause): Promise<RecordedChange[]> {
  // ATTACH cannot run inside a transaction; the client holds one connection, so the
  // transaction below sees the attached file.
  await db.$executeRawUnsafe(`ATTACH DATABASE ? AS "next"`, nextFile);
  try {
    return await db.$transaction((tx) => swap(tx, why), { timeout: 600_000, maxWait: 60_000 });
  } finally {
    await db.$executeRawUnsafe(`DETACH DATABASE "next"`);
  }
}

async function swap(tx: Tx, why: SwapCause): Promise<RecordedChange[]> {
  const ids = async (schema: string) =>
    (await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM ${schema}."Event"`)).map((r) => r.id);
  const before = await ids("main");
  for (const t of [...DERIVED].reverse()) await tx.$executeRawUnsafe(`DELETE FROM "${t}"`);
  for (const t of REFERENCE_ADDED)
    await tx.$executeRawUnsafe(`INSERT OR IGNORE INTO "${t}" SELECT * FROM "next"."${t}"`);
  await tx.$executeRawUnsafe(
    `INSERT OR IGNORE INTO "Role" (${ROLE_COLUMNS}) SELECT ${ROLE_COLUMNS} FROM "next"."Role"`,
  );
  for (const t of DERIVED) await tx.$executeRawUnsafe(`INSERT INTO "${t}" SELECT * FROM "next"."${t}"`);
  // The version an event had is in the change log (a rebuilt row starts at 0).
  await tx.$executeRawUnsafe(
    `UPDATE "Event" SET "version" = COALESCE((SELECT max(c."version") FROM "Change" c WHERE c."entity" = 'event' AND c."entityId" = "Event"."id"), 0)`,
  );
  for (let i = 0; i < why.documents.length; i += 500) {
    const chunk = why.documents.slice(i, i + 500);
    await tx.$executeRawUnsafe(
      `UPDATE "Document" SET "pipelineVersion" = ? WHERE "id" IN (${chunk.map(() => "?").join(", ")})`,
      why.pipelineVersion,
      ...chunk,
    );
  }
  await tx.$executeRawUnsafe(`UPDATE "Correction" SET "failure" = NULL WHERE "failure" IS NOT NULL`);
  for (const f of why.failedCorrections)
    await tx.$executeRawUnsafe(`UPDATE "Correction" SET "failure" = ? WHERE "id" = ?`, f.reason, f.id);
  const after = await ids("main");
  const changed = await recordChanges(tx, [...before, ...after], {
    cause: "reextraction",
    pipelineVersion: why.pipelineVersion,
    by: why.by ?? null,
  });
  const officials = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Official"`);
  await recordChanges(
    tx,
    officials.map((o) => o.id),
    { cause: "reextraction", pipelineVersion: why.pipelineVersion, by: why.by ?? null },
    "official",
  );
  await rebuildIndex(tx);
  return changed;
}
