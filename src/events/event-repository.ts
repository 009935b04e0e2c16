import type { Db } from "../db/client.ts";
import type { Position } from "../lib/cursor.ts";
import type { EventFilter, SortOrder } from "./event-filter.ts";
import { eventDetailInclude, eventInclude, toEventDetail, toEventItem } from "./event-mapper.ts";
import { countSql, pageSql } from "./event-sql.ts";

export class EventRepository {
  constructor(private readonly db: Db) {}

  /** One page in keyset order, plus the position to continue from when more rows exist. */
  async list(filter: EventFilter, order: SortOrder, limit: number, after?: Position) {
    const q = pageSql(filter, order, limit, after);
    const keys = await this.db.$queryRawUnsafe<{ id: string; key: string | number | bigint }[]>(
      q.sql,
      ...q.params,
    );
    const page = keys.slice(0, limit);
    const rows = await this.db.event.findMany({
      where: { id: { in: page.map((k) => k.id) } },
      include: eventInclude,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const last = page.at(-1);
    const next = keys.length > limit && last ? { key: String(last.key), id: last.id } : null;
    const curated = await curatedIds(
      this.db,
      page.map((r) => r.id),
    );
    const items = page.flatMap((k) => {
      const row = byId.get(k.id);
      return row ? [toEventItem(row, curated)] : [];
    });
    return { items, next };
  }

  async count(filter: EventFilter): Promise<number> {
    const q = countSql(filter);
    const [row] = await this.db.$queryRawUnsafe<{ n: number | bigint }[]>(q.sql, ...q.params);
    return Number(row?.n ?? 0);
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
