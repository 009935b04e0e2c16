import type { Event } from "../generated/prisma/client.ts";
import { firstDay, lastDay } from "../lib/partial-date.ts";
import type { Tx } from "../loader/types.ts";
import type { ExtractedEvent } from "../schemas/extraction.ts";

const REMOTE = ["call", "video_call"];
const PRESENT = ["in_person", "talks", "visit", "dinner"];

/** The columns merging reads from a stored event. */
export type StoredEvent = Pick<
  Event,
  | "id"
  | "kind"
  | "status"
  | "startDate"
  | "endDate"
  | "datePrecision"
  | "dateMin"
  | "dateMax"
  | "venue"
  | "city"
  | "region"
  | "country"
  | "summitId"
>;

const COLUMNS = `e."id", e."kind", e."status", e."startDate", e."endDate", e."datePrecision", e."dateMin", e."dateMax", e."venue", e."city", e."region", e."country", e."summitId"`;
const marks = (values: unknown[]) => values.map(() => "?").join(", ");

/**
 * The stored event an extracted one reports, if any: same principals, a compatible
 * mode (a call is not a meeting), dates that overlap at their precision, and no
 * conflicting place. Context events (statements, incidents) match only by id or by
 * the same officials and kind on the same dates. One statement, driven by the first
 * principal's index entries (raw SQL: the client's query compiler cost more than the
 * query did, and ingest runs it for every extracted event).
 */
export async function findSameEvent(tx: Tx, e: ExtractedEvent): Promise<StoredEvent | null> {
  const ids = [...new Set(e.participants.map((p) => p.official))];
  if (!ids.length) {
    const rows = await tx.$queryRawUnsafe<StoredEvent[]>(
      `SELECT ${COLUMNS} FROM "Event" e WHERE e."id" = ? AND e."kind" = ?`,
      e.id,
      e.kind,
    );
    return rows[0] ?? null;
  }
  const context = !PRESENT.includes(e.kind) && !REMOTE.includes(e.kind);
  const kinds = context ? [e.kind] : REMOTE.includes(e.kind) ? REMOTE : PRESENT;
  const params: unknown[] = [ids[0], ...kinds];
  let where = `e."id" IN (SELECT "eventId" FROM "Participant" WHERE "officialId" = ?) AND e."kind" IN (${marks(kinds)})`;
  if (e.date.start) {
    where += ` AND (e."dateMin" IS NULL OR (e."dateMin" <= ? AND e."dateMax" >= ?))`;
    params.push(lastDay(e.date.end ?? e.date.start), firstDay(e.date.start));
  }
  // Exactly these principals: all of them attend and nobody else does.
  where += ` AND (SELECT count(*) FROM "Participant" p WHERE p."eventId" = e."id") = ?`;
  where += ` AND (SELECT count(*) FROM "Participant" p WHERE p."eventId" = e."id" AND p."officialId" IN (${marks(ids)})) = ?`;
  params.push(ids.length, ...ids, ids.length);
  const candidates = await tx.$queryRawUnsafe<StoredEvent[]>(
    `SELECT ${COLUMNS} FROM "Event" e WHERE ${where} ORDER BY e."sortDate", e."id"`,
    ...params,
  );
  const same = candidates.filter((c) => !placesConflict(c, e.place));
  if (context && same.length && !e.date.start) return null;
  return same.find((c) => c.id === e.id) ?? same[0] ?? null;
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
  const pa = new Set(a.participants.map((p) => p.official));
  const pb = new Set(b.participants.map((p) => p.official));
  if (!pa.size || pa.size !== pb.size || [...pa].some((id) => !pb.has(id))) return false;
  if (REMOTE.includes(a.kind) !== REMOTE.includes(b.kind)) return false;
  const { start: sa, end: ea } = a.date;
  const { start: sb, end: eb } = b.date;
  if (sa && sb && (firstDay(sa) > lastDay(eb ?? sb) || firstDay(sb) > lastDay(ea ?? sa))) return false;
  return !placesConflict(a.place, b.place);
}
