import type { Event, Prisma } from "../generated/prisma/client.ts";
import { firstDay, lastDay } from "../lib/partial-date.ts";
import type { Tx } from "../loader/types.ts";
import type { ExtractedEvent } from "../schemas/extraction.ts";

const REMOTE = ["call", "video_call"];
const PRESENT = ["in_person", "talks", "visit", "dinner"];

/**
 * The stored event an extracted one reports, if any: same principals, a compatible
 * mode (a call is not a meeting), dates that overlap at their precision, and no
 * conflicting place. Context events (statements, incidents) match only by id or by
 * the same officials and kind on the same dates.
 */
export async function findSameEvent(tx: Tx, e: ExtractedEvent): Promise<Event | null> {
  const ids = [...new Set(e.participants.map((p) => p.official))];
  if (!ids.length) {
    const byId = await tx.event.findUnique({ where: { id: e.id } });
    return byId && byId.kind === e.kind ? byId : null;
  }
  const where: Prisma.EventWhereInput[] = ids.map((officialId) => ({
    participants: { some: { officialId } },
  }));
  const context = !PRESENT.includes(e.kind) && !REMOTE.includes(e.kind);
  where.push({ kind: { in: context ? [e.kind] : REMOTE.includes(e.kind) ? REMOTE : PRESENT } });
  if (e.date.start) {
    where.push({
      OR: [
        { dateMin: null },
        { dateMin: { lte: lastDay(e.date.end ?? e.date.start) }, dateMax: { gte: firstDay(e.date.start) } },
      ],
    });
  }
  const candidates = await tx.event.findMany({
    where: { AND: where },
    include: { _count: { select: { participants: true } } },
    orderBy: [{ sortDate: "asc" }, { id: "asc" }],
  });
  const same = candidates.filter((c) => c._count.participants === ids.length && !placesConflict(c, e.place));
  if (context && same.length && !e.date.start) return null;
  const found = same.find((c) => c.id === e.id) ?? same[0];
  if (!found) return null;
  const { _count: _c, ...event } = found;
  return event;
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
