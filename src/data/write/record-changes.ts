import { z } from "zod";
import { dialectOf } from "../db/dialect.ts";
import { readEventVersions } from "../event-detail.ts";
import { readOfficialDetails } from "../official-repository.ts";
import { execute, Int, prismaReader, query } from "../query.ts";
import type { Tx } from "./types.ts";

/** Why the events changed: what the change log says of each version it records. */
export interface ChangeCause {
  cause: "extraction" | "correction" | "reextraction" | "reference";
  documentId?: string | null;
  correctionId?: number | null;
  pipelineVersion?: string | null;
  by?: string | null;
  reason?: string | null;
}

/** What the change log follows: events (versioned for If-Match) and officials. */
export type Entity = "event" | "official";

// What a version is compared on: everything the API shows but the version number itself.
const comparable = (snapshot: Record<string, unknown>) => {
  const { version: _v, ...rest } = snapshot;
  return rest;
};

/** One version recorded: which event, and how it changed. */
export interface RecordedChange {
  id: string;
  op: "created" | "updated" | "deleted";
  fields: string[];
}

/**
 * Records a new version of each event (or official) the transaction touched whose
 * representation (GET /events/{id}, GET /officials/{id}) differs from its last recorded
 * one: created, updated (naming the fields that differ) or deleted. Bumps Event.version,
 * which the event's ETag carries. Returns what it recorded. Runs inside the writing
 * transaction, so a change and its record commit together.
 */
export async function recordChanges(
  tx: Tx,
  ids: Iterable<string>,
  why: ChangeCause,
  entity: Entity = "event",
): Promise<RecordedChange[]> {
  const list = [...new Set(ids)];
  if (!list.length) return [];
  // Two reads for the whole batch: the current entities and their last recorded versions.
  const current: Map<string, object> =
    entity === "event"
      ? await readEventVersions(prismaReader(tx), list)
      : await readOfficialDetails(tx, list);
  const lasts = await lastVersions(tx, entity, list);
  const recorded: RecordedChange[] = [];
  for (const id of list) {
    const last = lasts.get(id);
    const now = current.get(id) ?? null;
    const before = last && last.op !== "deleted" && last.snapshot ? JSON.parse(last.snapshot) : null;
    if (!now && !before) continue;
    const after = now ? comparable(now as Record<string, unknown>) : null;
    const fields = changedFields(before ? comparable(before) : null, after);
    if (!fields.length) continue;
    const version = (last?.version ?? 0) + 1;
    const op = !now ? "deleted" : before ? "updated" : "created";
    await tx.change.create({
      data: {
        entity,
        entityId: id,
        version,
        op,
        cause: why.cause,
        documentId: why.documentId ?? null,
        correctionId: why.correctionId ?? null,
        pipelineVersion: why.pipelineVersion ?? null,
        by: why.by ?? null,
        reason: why.reason ?? null,
        fields: JSON.stringify(fields),
        snapshot: now ? JSON.stringify({ ...now, version }) : null,
      },
    });
    if (now && entity === "event")
      await execute(tx, `UPDATE "Event" SET "version" = ? WHERE "id" = ?`, [version, id]);
    recorded.push({ id, op, fields });
  }
  return recorded;
}

const LastRow = z.object({
  entityId: z.string(),
  version: Int,
  op: z.string(),
  snapshot: z.string().nullable(),
});

/** Each entity's last recorded version: one query over the (entity, entityId, seq) index. */
async function lastVersions(tx: Tx, entity: Entity, ids: string[]) {
  const rows = await query(
    prismaReader(tx),
    LastRow,
    `SELECT c."entityId", c."version", c."op", c."snapshot" FROM "Change" c
     WHERE c."seq" IN (SELECT max(x."seq") FROM "Change" x
       WHERE x."entity" = ? AND x."entityId" IN (${dialectOf(tx).jsonValues()}) GROUP BY x."entityId")`,
    [entity, JSON.stringify(ids)],
  );
  return new Map(rows.map((r) => [r.entityId, r]));
}

/** The top-level fields whose JSON differs; every field of a created or deleted event. */
function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  if (!before || !after) return Object.keys(before ?? after ?? {}).sort();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
