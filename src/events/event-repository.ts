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
    return { items: page.map(toEventItem), next };
  }

  async get(id: string, meetingsOnly: boolean) {
    const row = await this.db.event.findFirst({
      where: { id, ...(meetingsOnly ? { isMeeting: true } : {}) },
      include: eventDetailInclude,
    });
    return row ? toEventDetail(row) : null;
  }

  async listAll(filter: EventFilter, order: SortOrder) {
    const rows = await this.db.event.findMany({
      where: eventWhere(filter),
      orderBy: eventOrder(order),
      include: eventInclude,
    });
    return rows.map(toEventItem);
  }
}
