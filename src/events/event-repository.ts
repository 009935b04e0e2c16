import type { Db } from "../db/client.ts";
import type { Position } from "../lib/cursor.ts";
import { afterPosition, type EventFilter, eventOrder, eventWhere, type SortOrder } from "./event-filter.ts";
import { eventDetailInclude, eventInclude, toEventDetail, toEventItem } from "./event-mapper.ts";

export class EventRepository {
  constructor(private readonly db: Db) {}

  /** One page in keyset order, plus the position to continue from when more rows exist. */
  async list(filter: EventFilter, order: SortOrder, limit: number, after?: Position) {
    const rows = await this.db.event.findMany({
      where: { AND: [eventWhere(filter), afterPosition(order, after)] },
      orderBy: eventOrder(order),
      take: limit + 1,
      include: eventInclude,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const next = rows.length > limit && last ? { key: last.sortDate, id: last.id } : null;
    const curated = await curatedIds(
      this.db,
      page.map((r) => r.id),
    );
    return { items: page.map((r) => toEventItem(r, curated)), next };
  }

  async get(id: string, meetingsOnly: boolean) {
    const row = await this.db.event.findFirst({
      where: { id, ...(meetingsOnly ? { isMeeting: true } : {}) },
      include: eventDetailInclude,
    });
    if (!row) return null;
    const curation = await this.db.curation.findMany({ where: { eventId: id }, orderBy: { id: "asc" } });
    return toEventDetail(row, curation);
  }
}

/** Which of these events a curation entry touched. */
export async function curatedIds(db: Db, ids: string[]): Promise<Set<string>> {
  const rows = await db.curation.findMany({
    where: { eventId: { in: ids } },
    select: { eventId: true },
    distinct: ["eventId"],
  });
  return new Set(rows.map((r) => r.eventId));
}
