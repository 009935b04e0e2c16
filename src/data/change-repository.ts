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

  /**
   * An event's versions after `afterSeq`, oldest first; one more than `limit` says there
   * are more. With `lineage`, also the versions of the events a correction folded into
   * it (lineage()), up to that correction.
   */
  async history(id: string, limit: number, afterSeq = 0, lineage = true): Promise<Change[]> {
    const parts = lineage ? await this.lineage(id, null, new Set([id])) : [];
    const rows = await query(
      this.main,
      ChangeRow,
      `SELECT ${COLUMNS} FROM "Change" WHERE "entity" = 'event' AND "seq" > ?
       AND ("entityId" = ?${parts.map(() => ` OR ("entityId" = ? AND "seq" <= ?)`).join("")})
       ORDER BY "seq" LIMIT ?`,
      [afterSeq, id, ...parts.flatMap((p) => [p.id, p.upTo]), limit + 1],
    );
    return rows.map(toChange);
  }

  /**
   * The events whose history continues in `id`'s, each with the last change of theirs that
   * belongs to it: an event renamed or merged into it (deleted by a correction that also
   * created or updated `id`: up to and with its deletion) and, for an event a split
   * created, the event it was split from (up to the split). Followed back through their
   * own corrections; every step goes to an earlier change, so it ends.
   */
  private async lineage(
    id: string,
    before: number | null,
    seen: Set<string>,
  ): Promise<{ id: string; upTo: number }[]> {
    const links = await query(
      this.main,
      z.object({ entityId: z.string(), seq: Int, op: z.string() }),
      `SELECT o."entityId", o."seq", o."op" FROM "Change" m
       JOIN "Change" o ON o."correctionId" = m."correctionId" AND o."entity" = 'event' AND o."entityId" != m."entityId"
       WHERE m."entity" = 'event' AND m."entityId" = ? AND m."cause" = 'correction'${before === null ? "" : ` AND m."seq" < ?`}
         AND m."op" != 'deleted' AND (o."op" = 'deleted' OR (m."op" = 'created' AND o."op" = 'updated'))
       ORDER BY o."seq"`,
      before === null ? [id] : [id, before],
    );
    const out: { id: string; upTo: number }[] = [];
    for (const l of links) {
      if (seen.has(l.entityId)) continue;
      seen.add(l.entityId);
      // A split's parent keeps its own update; only what came before the split is shared.
      const upTo = l.op === "deleted" ? l.seq : l.seq - 1;
      out.push({ id: l.entityId, upTo }, ...(await this.lineage(l.entityId, upTo + 1, seen)));
    }
    return out;
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
