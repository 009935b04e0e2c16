import { z } from "zod";
import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { ExtractedEvent } from "../../schemas/extraction.ts";
import { prismaReader, query } from "../query.ts";
import { EventColumns, nullableText } from "../sql/event-row.ts";
import type { Tx } from "./types.ts";

const REMOTE = ["call", "video_call"];
// The longest span an event's date can denote: a year, or a range given by start and end
// ("2019–2020"). An event starting longer before a date than this cannot overlap it.
export const MAX_SPAN_DAYS = 800;

/** An ISO day moved by `days`. */
const shiftDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const PRESENT = ["in_person", "talks", "visit", "dinner"];

/** The columns merging reads from a stored event. */
const nullable = nullableText;
const StoredEventRow = EventColumns.extend({
  status: z.string(),
  dateMin: nullable,
  dateMax: nullable,
  summitId: nullable,
});
export type StoredEvent = z.output<typeof StoredEventRow>;
const PartyRow = z.object({ eventId: z.string(), officialId: z.string(), side: nullable });

const COLUMNS = `e."id", e."kind", e."status", e."startDate", e."endDate", e."datePrecision", e."dateMin", e."dateMax", e."venue", e."city", e."region", e."country", e."summitId", e."confidence", e."participantsConfidence", e."dateConfidence", e."placeConfidence", e."topicsConfidence"`;
const marks = (values: unknown[]) => values.map(() => "?").join(", ");

type Party = { official: string; side: string | null };

/**
 * Two reports name the same participants of one engagement when they share at least two
 * officials (or the same single one) and one list holds the other, the extra officials
 * all from a side already there: "Biden and Xi" and "Biden, Xi and Sullivan" are one
 * meeting; "Biden and Xi" and "Biden, Xi and Kishida" are not (Japan is a new party).
 */
export function sameParties(a: Party[], b: Party[]): boolean {
  const ia = new Set(a.map((p) => p.official));
  const ib = new Set(b.map((p) => p.official));
  const shared = [...ia].filter((id) => ib.has(id));
  if (!shared.length || (shared.length === 1 && (ia.size > 1 || ib.size > 1))) return false;
  const [small, large] = ia.size <= ib.size ? [a, b] : [b, a];
  if (shared.length !== new Set(small.map((p) => p.official)).size) return false;
  const sides = new Set(small.map((p) => p.side));
  return large.every((p) => shared.includes(p.official) || (p.side !== null && sides.has(p.side)));
}

/**
 * The stored event an extracted one reports, if any: the same parties (sameParties), a
 * compatible mode (a call is not a meeting), dates that overlap at their precision, and
 * no conflicting place. Context events (statements, incidents) match only by id or by
 * the same officials and kind on the same dates. Raw SQL for the candidates (the
 * client's query compiler cost more than the query did, and ingest runs it for every
 * extracted event), then their participants in one more statement.
 */
export async function findSameEvent(tx: Tx, e: ExtractedEvent): Promise<StoredEvent | null> {
  const ids = [...new Set(e.participants.map((p) => p.official))];
  if (!ids.length) {
    const rows = await query(
      prismaReader(tx),
      StoredEventRow,
      `SELECT ${COLUMNS} FROM "Event" e WHERE e."id" = ? AND e."kind" = ?`,
      [e.id, e.kind],
    );
    return rows[0] ?? null;
  }
  const context = !PRESENT.includes(e.kind) && !REMOTE.includes(e.kind);
  const kinds = context ? [e.kind] : REMOTE.includes(e.kind) ? REMOTE : PRESENT;
  let from: string;
  let where = "";
  const params: unknown[] = [];
  if (e.date.start) {
    // The officials' undated events, and those near the date: a seek on (officialId,
    // dateMin) from the earliest start that can still overlap, so the cost follows the
    // officials' events of those years, not all they ever had.
    const [lo, hi] = [firstDay(e.date.start), lastDay(e.date.end ?? e.date.start)];
    from = `SELECT "eventId" FROM "Participant" WHERE "officialId" IN (${marks(ids)}) AND "dateMin" IS NULL
      UNION SELECT "eventId" FROM "Participant" WHERE "officialId" IN (${marks(ids)}) AND "dateMin" >= ? AND "dateMin" <= ? AND "dateMax" >= ?`;
    params.push(...ids, ...ids, shiftDays(lo, -MAX_SPAN_DAYS), hi, lo);
    where = ` AND (e."dateMin" IS NULL OR (e."dateMin" <= ? AND e."dateMax" >= ?))`;
    params.push(hi, lo);
  } else {
    from = `SELECT DISTINCT "eventId" FROM "Participant" WHERE "officialId" IN (${marks(ids)})`;
    params.push(...ids);
  }
  where += ` AND e."kind" IN (${marks(kinds)})`;
  params.push(...kinds);
  // The officials' events drive the join (CROSS JOIN fixes the order on SQLite): without
  // statistics, which a database built by ingesting never has, SQLite otherwise scanned
  // the kind index over every event of the kinds asked, 75 ms a lookup at 100k events
  // against 1 ms this way. PostgreSQL plans the join as it likes.
  const candidates = await query(
    prismaReader(tx),
    StoredEventRow,
    `SELECT ${COLUMNS} FROM (${from}) c CROSS JOIN "Event" e WHERE e."id" = c."eventId"${where} ORDER BY e."sortDate", e."id"`,
    params,
  );
  if (!candidates.length) return null;
  const rows = await query(
    prismaReader(tx),
    PartyRow,
    `SELECT "eventId", "officialId", "side" FROM "Participant" WHERE "eventId" IN (${marks(candidates)})`,
    candidates.map((c) => c.id),
  );
  const partiesOf = (id: string) =>
    rows.filter((r) => r.eventId === id).map((r) => ({ official: r.officialId, side: r.side }));
  const parties = e.participants.map((p) => ({ official: p.official, side: p.side }));
  // Context events need exactly the same officials; engagements, the same parties.
  const exact = (c: StoredEvent) => {
    const stored = partiesOf(c.id).map((p) => p.official);
    return stored.length === ids.length && ids.every((id) => stored.includes(id));
  };
  const same = candidates.filter(
    (c) => (context ? exact(c) : sameParties(partiesOf(c.id), parties)) && !placesConflict(c, e.place),
  );
  if (context && same.length && !e.date.start) return null;
  // The report naming exactly these officials first, if there is one.
  return same.find((c) => c.id === e.id) ?? same.find(exact) ?? same[0] ?? null;
}

type Place = { city: string | null; region: string | null; country: string | null };

/** Different countries, or different cities in different regions, cannot be one event. */
export function placesConflict(a: Place, b: Place): boolean {
  if (a.country && b.country && a.country !== b.country) return true;
  return !!(a.city && b.city && a.city !== b.city && a.region !== b.region);
}

/** An id not yet used: the extracted one, or it with a numeric suffix. */
export async function freeId(tx: Tx, id: string): Promise<string> {
  let candidate = id;
  for (let n = 2; await tx.event.findUnique({ where: { id: candidate }, select: { id: true } }); n++)
    candidate = `${id}-${n}`;
  return candidate;
}

/** The in-memory form of the match: two extracted reports of one event. */
export function sameReport(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (!sameParties(a.participants, b.participants)) return false;
  if (REMOTE.includes(a.kind) !== REMOTE.includes(b.kind)) return false;
  const { start: sa, end: ea } = a.date;
  const { start: sb, end: eb } = b.date;
  if (sa && sb && (firstDay(sa) > lastDay(eb ?? sb) || firstDay(sb) > lastDay(ea ?? sa))) return false;
  return !placesConflict(a.place, b.place);
}
