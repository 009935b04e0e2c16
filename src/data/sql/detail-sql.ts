import type { Reader } from "../db/read-pool.ts";
import type { EventDetailRow } from "../event-mapper.ts";

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

type Source = Omit<SourceRow, "document"> & SourceRow["document"] & { sourceSort: string };
export interface CurationRow {
  action: string;
  field: string | null;
  value: string | null;
  by: string;
  reason: string;
}

/** The sources, quotes, conflicts and curation of one event, in plain reads. */
export async function detailParts(db: Reader, id: string, asOf?: string) {
  const day = asOf ? [asOf] : [];
  const [sources, evidence, conflicts, curation] = await Promise.all([
    db.all<Source>(SOURCES + byDay(asOf, 'es."publishedSort"'), [id, ...day]),
    db.all<EvidenceRow>(
      `${EVIDENCE}${byDay(asOf, 'd."publishedSort"')} ORDER BY ev."documentId", ev."start", ev."id"`,
      [id, ...day],
    ),
    db.all<ConflictRow>(`${CONFLICTS}${byDay(asOf, 'd."publishedSort"')} ORDER BY c."id"`, [id, ...day]),
    db.all<CurationRow>(CURATION, [id]),
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
    // SQLite integers arrive as BigInt through the raw path; offsets are small.
    evidence: evidence.map((ev) => ({
      ...ev,
      id: Number(ev.id),
      start: Number(ev.start),
      end: Number(ev.end),
    })),
    conflicts: conflicts.map((c) => ({ ...c, id: Number(c.id) })),
    curation,
  };
}
