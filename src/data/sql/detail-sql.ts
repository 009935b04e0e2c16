import { z } from "zod";
import type { Reader } from "../db/read-pool.ts";
import type { EventDetailRow } from "../event-mapper.ts";
import { Int, query } from "../query.ts";

export type SourceRow = EventDetailRow["sources"][number];
export type EvidenceRow = EventDetailRow["evidence"][number];
export type ConflictRow = EventDetailRow["conflicts"][number];

// As of a day, only what documents published by then said (see known.ts): the
// event's sources, their quotes and their disagreements.
const byDay = (asOf: string | undefined, col: string) => (asOf ? ` AND ${col} <= ?` : "");

const SOURCES = `SELECT es."eventId", es."documentId", es."status", es."summary", es."publishedSort" AS "sourceSort",
  d."id", d."title", d."publisher", d."url", d."publishedAt", d."publishedPrecision", d."publishedSort"
  FROM "EventSource" es JOIN "Document" d ON d."id" = es."documentId" WHERE es."eventId" = ?`;
const EVIDENCE = `SELECT ev.* FROM "Evidence" ev JOIN "Document" d ON d."id" = ev."documentId" WHERE ev."eventId" = ?`;
const CONFLICTS = `SELECT c.* FROM "Conflict" c JOIN "Document" d ON d."id" = c."documentId" WHERE c."eventId" = ?`;
const CURATION = `SELECT "action", "field", "value", "by", "reason" FROM "Curation" WHERE "eventId" = ? ORDER BY "id"`;

const nullable = z.string().nullable();
const SourceSql = z.object({
  eventId: z.string(),
  documentId: z.string(),
  status: z.string(),
  summary: nullable,
  sourceSort: z.string(),
  id: z.string(),
  title: nullable,
  publisher: nullable,
  url: nullable,
  publishedAt: nullable,
  publishedPrecision: nullable,
  publishedSort: z.string(),
});
const EvidenceSql = z.object({
  id: Int,
  eventId: z.string(),
  documentId: z.string(),
  field: z.string(),
  value: nullable,
  quote: z.string(),
  start: Int,
  end: Int,
});
const ConflictSql = z.object({
  id: Int,
  eventId: z.string(),
  documentId: z.string(),
  field: z.string(),
  kept: z.string(),
  reported: z.string(),
});
const CurationSql = z.object({
  action: z.string(),
  field: nullable,
  value: nullable,
  by: z.string(),
  reason: z.string(),
});
export type CurationRow = z.output<typeof CurationSql>;

/** The sources, quotes, conflicts and curation of one event, in plain reads. */
export async function detailParts(db: Reader, id: string, asOf?: string) {
  const day = asOf ? [asOf] : [];
  const [sources, evidence, conflicts, curation] = await Promise.all([
    query(db, SourceSql, SOURCES + byDay(asOf, 'es."publishedSort"'), [id, ...day]),
    query(
      db,
      EvidenceSql,
      `${EVIDENCE}${byDay(asOf, 'd."publishedSort"')} ORDER BY ev."documentId", ev."start", ev."id"`,
      [id, ...day],
    ),
    query(db, ConflictSql, `${CONFLICTS}${byDay(asOf, 'd."publishedSort"')} ORDER BY c."id"`, [id, ...day]),
    query(db, CurationSql, CURATION, [id]),
  ]);
  return {
    sources: sources.map(
      ({ eventId, documentId, status, summary, sourceSort, ...document }): SourceRow => ({
        eventId,
        documentId,
        status,
        summary,
        publishedSort: sourceSort,
        document,
      }),
    ),
    evidence: evidence satisfies EvidenceRow[],
    conflicts: conflicts satisfies ConflictRow[],
    curation,
  };
}
