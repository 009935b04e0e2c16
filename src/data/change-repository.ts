import { z } from "zod";
import { sqliteTime } from "../lib/sqlite-time.ts";
import type { Change } from "../schemas/change.ts";
import { MEETING_KINDS } from "../schemas/extraction.ts";
import type { Db } from "./db/client.ts";
import type { Reader } from "./db/read-pool.ts";
import { Int, query, replicaReader } from "./query.ts";

const ChangeRow = z.object({
  seq: Int,
  entity: z.enum(["event", "official"]),
  entityId: z.string(),
  version: Int,
  op: z.enum(["created", "updated", "deleted"]),
  cause: z.enum(["extraction", "correction", "reextraction", "reference"]),
  documentId: z.string().nullable(),
  correctionId: Int.nullable(),
  pipelineVersion: z.string().nullable(),
  by: z.string().nullable(),
  reason: z.string().nullable(),
  fields: z.string(),
  snapshot: z.string().nullable(),
  at: z.union([z.string(), z.number(), z.date()]),
});
type Row = z.output<typeof ChangeRow>;

const COLUMNS = `"seq", "entity", "entityId", "version", "op", "cause", "documentId", "correctionId", "pipelineVersion", "by", "reason", "fields", "snapshot", "at"`;

function toChange(r: Row): Change {
  return {
    seq: r.seq,
    entity: r.entity,
    id: r.entityId,
    version: r.version,
    op: r.op,
    at: sqliteTime(r.at).toISOString(),
    cause: r.cause,
    document: r.documentId,
    pipelineVersion: r.pipelineVersion,
    correction: r.correctionId,
    by: r.by,
    reason: r.reason,
    fields: JSON.parse(r.fields) as string[],
    data: r.snapshot === null ? null : JSON.parse(r.snapshot),
  };
}

/** The change log: each event's versions, and every change in commit order. */
export class ChangeRepository {
  private readonly main: Reader;

  constructor(db: Db) {
    // Reads go to the read replica when there is one (replicaReader); writes never pass here.
    this.main = replicaReader(db);
  }

  /** An event's versions after `afterSeq`, oldest first; one more than `limit` says there are more. */
  async history(id: string, limit: number, afterSeq = 0): Promise<Change[]> {
    const rows = await query(
      this.main,
      ChangeRow,
      `SELECT ${COLUMNS} FROM "Change" WHERE "entity" = 'event' AND "entityId" = ? AND "seq" > ? ORDER BY "seq" LIMIT ?`,
      [id, afterSeq, limit + 1],
    );
    return rows.map(toChange);
  }

  /** Every change after `since` in commit order: a range of the primary key, so any depth costs the same. */
  async feed(since: number, limit: number): Promise<Change[]> {
    const rows = await query(
      this.main,
      ChangeRow,
      `SELECT ${COLUMNS} FROM "Change" WHERE "seq" > ? ORDER BY "seq" LIMIT ?`,
      [since, limit + 1],
    );
    return rows.map(toChange);
  }

  /** The latest created or updated meetings, newest first: what the Atom feed shows. */
  async latestMeetings(limit: number): Promise<Change[]> {
    const kinds = MEETING_KINDS.map(() => "?").join(", ");
    const rows = await query(
      this.main,
      ChangeRow,
      `SELECT ${COLUMNS} FROM "Change" WHERE "entity" = 'event' AND "op" != 'deleted'
       AND ${this.main.dialect.jsonField('"snapshot"', "kind")} IN (${kinds}) ORDER BY "seq" DESC LIMIT ?`,
      [...MEETING_KINDS, limit],
    );
    return rows.map(toChange);
  }
}
