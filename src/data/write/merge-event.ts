import { firstDay, lastDay, morePrecise } from "../../lib/partial-date.ts";
import { type Evidence, type ExtractedEvent, isMeetingKind } from "../../schemas/extraction.ts";
import { dialectOf } from "../db/dialect.ts";
import { execute } from "../query.ts";
import { reportedSql } from "../sql/status-sql.ts";
import type { StoredEvent } from "./coreference.ts";
import type { Tx } from "./types.ts";

export type MergeOutcome = "created" | "merged";

function dateColumns(e: ExtractedEvent) {
  const { start, end, precision } = e.date;
  const dateMin = start === null ? null : firstDay(start);
  const dateMax = start === null ? null : lastDay(end ?? start);
  return {
    startDate: start,
    endDate: end,
    datePrecision: precision,
    dateMin,
    dateMax,
    sortDate: dateMin ?? "0000",
  };
}

const filled = (p: ExtractedEvent["place"]) =>
  [p.venue, p.city, p.region, p.country].filter((v) => v !== null).length;

/**
 * Writes one article's account of an event. A second account of the same event adds
 * its participants, topics, evidence and source, and replaces a field only when it is
 * more precise (a day beats a month; a place with more parts beats a vaguer one).
 * Status and summary follow the latest source.
 */
export async function mergeEvent(
  tx: Tx,
  doc: { id: string; publishedSort: string },
  e: ExtractedEvent,
  /** Links, sources and evidence to write in bulk with the document's other events; flushed here when absent. */
  batch?: PendingWrites,
  /** The stored event, when the caller already read it. */
  known?: StoredEvent | null,
): Promise<MergeOutcome> {
  const pending = batch ?? new PendingWrites();
  const existing = known !== undefined ? known : await tx.event.findUnique({ where: { id: e.id } });
  const place = {
    venue: e.place.venue,
    city: e.place.city,
    region: e.place.region,
    country: e.place.country,
  };
  if (!existing) {
    await tx.event.create({
      data: {
        id: e.id,
        kind: e.kind,
        isMeeting: isMeetingKind(e.kind),
        status: e.status,
        title: e.title,
        summary: e.summary,
        ...dateColumns(e),
        ...place,
        summitId: e.summit,
        confidence: e.confidence.event,
        participantsConfidence: e.confidence.participants,
        dateConfidence: e.confidence.date,
        placeConfidence: e.confidence.place,
        topicsConfidence: e.confidence.topics,
      },
    });
  } else {
    // Confidence: the highest any source gave the event and its participants and topics;
    // the date's and place's follow whichever source's date and place are kept.
    const update: Record<string, unknown> = {
      confidence: higher(existing.confidence, e.confidence.event),
      participantsConfidence: higher(existing.participantsConfidence, e.confidence.participants),
      topicsConfidence: higher(existing.topicsConfidence, e.confidence.topics),
    };
    const p = e.date.precision;
    if (p !== null && (existing.datePrecision === null || morePrecise(p, existing.datePrecision as never))) {
      // The report that dates the event more precisely was closer to it: its reading of what
      // kind of engagement it was (a "summit" announced, a "meeting" held) wins too.
      Object.assign(update, dateColumns(e), {
        dateConfidence: e.confidence.date,
        kind: e.kind,
        isMeeting: isMeetingKind(e.kind),
      });
    }
    if (filled(e.place) > filled(existing))
      Object.assign(update, place, { placeConfidence: e.confidence.place });
    await recordConflicts(tx, doc.id, existing, e);
    if (existing.summitId === null && e.summit !== null) update.summitId = e.summit;
    if (Object.keys(update).length) await tx.event.update({ where: { id: e.id }, data: update });
  }
  pending.add(doc, e);
  // A source that agrees with the current status and brings no summary cannot change either.
  if (existing && existing.status === e.status && e.summary === null) pending.refresh.delete(e.id);
  if (!batch) await pending.flush(tx);
  return existing ? "merged" : "created";
}

const higher = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * What a document adds to its events beyond their own rows, written in a handful of
 * bulk statements: ingest speed is bounded by statements per article. INSERT OR IGNORE
 * keeps links already there and one source row per event and document.
 */
export class PendingWrites {
  private participants = new Map<string, unknown[]>();
  private topics = new Map<string, unknown[]>();
  private sources = new Map<string, unknown[]>();
  private evidence: (Evidence & { eventId: string; documentId: string })[] = [];
  readonly refresh = new Set<string>();

  add(doc: { id: string; publishedSort: string }, e: ExtractedEvent): void {
    const documentId = doc.id;
    for (const p of e.participants)
      this.participants.set(`${e.id}|${p.official}`, [e.id, p.official, p.role, p.side, p.organization]);
    for (const t of e.topics) this.topics.set(`${e.id}|${t}`, [e.id, t]);
    if (!this.sources.has(e.id))
      this.sources.set(e.id, [e.id, documentId, e.status, e.summary, doc.publishedSort]);
    for (const ev of e.evidence) this.evidence.push({ ...ev, eventId: e.id, documentId });
    this.refresh.add(e.id);
  }

  async flush(tx: Tx): Promise<void> {
    await insertOrIgnore(
      tx,
      "Participant",
      ["eventId", "officialId", "role", "side", "organization"],
      [...this.participants.values()],
    );
    await insertOrIgnore(tx, "EventTopic", ["eventId", "topicId"], [...this.topics.values()]);
    await insertOrIgnore(
      tx,
      "EventSource",
      ["eventId", "documentId", "status", "summary", "publishedSort"],
      [...this.sources.values()],
    );
    await insertRows(
      tx,
      "Evidence",
      ["eventId", "documentId", "field", "value", "quote", "start", "end"],
      this.evidence.map((v) => [v.eventId, v.documentId, v.field, v.value ?? null, v.quote, v.start, v.end]),
      false,
    );
    await refreshFromLatest(tx, ...this.refresh);
  }
}

const insertOrIgnore = (tx: Tx, table: string, columns: string[], rows: unknown[][]) =>
  insertRows(tx, table, columns, rows, true);

// Raw multi-row inserts skip the client's query compiler, which costs more than SQLite
// does here; chunks keep each statement under SQLite's bound-parameter limit.
async function insertRows(
  tx: Tx,
  table: string,
  columns: string[],
  rows: unknown[][],
  ignoreExisting: boolean,
): Promise<void> {
  const d = dialectOf(tx);
  const names = columns.map((c) => `"${c}"`).join(", ");
  const row = `(${columns.map(() => "?").join(", ")})`;
  const size = Math.floor(30_000 / columns.length);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const into = `"${table}" (${names})`;
    const values = `VALUES ${chunk.map(() => row).join(", ")}`;
    await execute(
      tx,
      ignoreExisting ? d.insertIgnoring(into, values) : `INSERT INTO ${into} ${values}`,
      chunk.flat(),
    );
  }
}

/**
 * Status and summary from the latest reports: the sources whose publication period
 * reaches into that of the most recent one, the most advanced status among them.
 * One statement for all the events a document touched; its subqueries are bounded by
 * the (eventId, publishedSort) index, so an event reported ten thousand times costs
 * what one reported twice does.
 */
export async function refreshFromLatest(tx: Tx, ...eventIds: string[]): Promise<void> {
  if (!eventIds.length) return;
  const { status, summary } = reportedSql();
  await execute(
    tx,
    `UPDATE "Event" AS event SET "status" = COALESCE(${status}, event."status"), "summary" = ${summary}, "updatedAt" = ${dialectOf(tx).now} WHERE event."id" IN (${eventIds.map(() => "?").join(", ")})`,
    eventIds,
  );
}

type Stored = {
  id: string;
  startDate: string | null;
  endDate: string | null;
  dateMin: string | null;
  dateMax: string | null;
  city: string | null;
};

/** Facts a new source states differently from the stored event: recorded, not applied. */
async function recordConflicts(
  tx: Tx,
  documentId: string,
  existing: Stored,
  e: ExtractedEvent,
): Promise<void> {
  const rows: { field: string; kept: string; reported: string }[] = [];
  const { start, end } = e.date;
  if (start && existing.dateMin && existing.dateMax) {
    const disjoint = lastDay(end ?? start) < existing.dateMin || firstDay(start) > existing.dateMax;
    if (disjoint) rows.push({ field: "date", kept: existing.startDate ?? "", reported: start });
  }
  if (e.place.city && existing.city && e.place.city !== existing.city) {
    rows.push({ field: "place.city", kept: existing.city, reported: e.place.city });
  }
  if (rows.length)
    await tx.conflict.createMany({ data: rows.map((r) => ({ ...r, eventId: existing.id, documentId })) });
}
