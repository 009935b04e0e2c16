import { execute } from "../query.ts";
import { type RecordedChange, recordChanges } from "./record-changes.ts";
import type { Tx } from "./types.ts";
import { rebuildIndex } from "./write-index.ts";

// What a re-extraction's swap does on either engine (swap-derived.ts for SQLite,
// swap-derived-pg.ts for PostgreSQL), apart from moving the rows.

// What the pipeline derives from the documents (events and everything hanging off them),
// children first for the deletes and parents first for the inserts.
export const DERIVED = [
  "Event",
  "Participant",
  "EventTopic",
  "EventSource",
  "Evidence",
  "Conflict",
  "Curation",
];
// Reference data the rebuild may have gained (an official a document introduced, a topic
// added to the taxonomy): added, never removed, since documents not re-read still name them.
export const REFERENCE_ADDED = ["Official", "OfficialAlias", "Topic", "TopicKeyword", "Summit"];
export const ROLE_COLUMNS = `"officialId", "title", "organisation", "country", "organization", "startDate", "endDate", "source"`;

export interface SwapCause {
  pipelineVersion: string;
  /** The documents the rebuild read: they now record its pipeline version. */
  documents: string[];
  /** Corrections the rebuild could not re-apply, and why: the review queue lists them. */
  failedCorrections: { id: number; reason: string }[];
  by?: string | null;
}

export const eventIds = async (tx: Tx) =>
  (await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Event" ORDER BY "id"`)).map((r) => r.id);

/**
 * What follows the new rows on either engine: versions carried over, documents and
 * corrections marked, every change recorded, the search index rebuilt.
 */
export async function afterSwap(tx: Tx, why: SwapCause, before: string[]): Promise<RecordedChange[]> {
  // The version an event had is in the change log (a rebuilt row starts at 0).
  await execute(
    tx,
    `UPDATE "Event" SET "version" = COALESCE((SELECT max(c."version") FROM "Change" c WHERE c."entity" = 'event' AND c."entityId" = "Event"."id"), 0)`,
  );
  for (let i = 0; i < why.documents.length; i += 500) {
    const chunk = why.documents.slice(i, i + 500);
    await execute(
      tx,
      `UPDATE "Document" SET "pipelineVersion" = ? WHERE "id" IN (${chunk.map(() => "?").join(", ")})`,
      [why.pipelineVersion, ...chunk],
    );
  }
  await execute(tx, `UPDATE "Correction" SET "failure" = NULL WHERE "failure" IS NOT NULL`);
  for (const f of why.failedCorrections)
    await execute(tx, `UPDATE "Correction" SET "failure" = ? WHERE "id" = ?`, [f.reason, f.id]);
  const after = await eventIds(tx);
  const changed = await recordChanges(tx, [...before, ...after], {
    cause: "reextraction",
    pipelineVersion: why.pipelineVersion,
    by: why.by ?? null,
  });
  const officials = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Official" ORDER BY "id"`);
  await recordChanges(
    tx,
    officials.map((o) => o.id),
    { cause: "reextraction", pipelineVersion: why.pipelineVersion, by: why.by ?? null },
    "official",
  );
  await rebuildIndex(tx);
  return changed;
}
