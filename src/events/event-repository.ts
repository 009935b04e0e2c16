import type { Db } from "../db/client.ts";
import type { Position } from "../lib/cursor.ts";
import { type Facet, facetSql, type Interval, timelineSql } from "./aggregate-sql.ts";
import type { EventFilter, SortOrder } from "./event-filter.ts";
import { eventDetailInclude, eventInclude, toEventDetail, toEventItem } from "./event-mapper.ts";
import { countSql, pageSql } from "./event-sql.ts";
import { NETWORK_SQL, NETWORK_TOPICS_SQL } from "./network-sql.ts";

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

  async facets(filter: EventFilter, facets: Facet[]) {
    const out: Partial<Record<Facet, { value: string; label: string | null; count: number }[]>> = {};
    for (const facet of facets) {
      const q = facetSql(facet, filter);
      const rows = await this.db.$queryRawUnsafe<
        { value: string; label: string | null; count: number | bigint }[]
      >(q.sql, ...q.params);
      out[facet] = rows.map((r) => ({ value: r.value, label: r.label, count: Number(r.count) }));
    }
    return out;
  }

  async timeline(interval: Interval, filter: EventFilter) {
    const q = timelineSql(interval, filter);
    const rows = await this.db.$queryRawUnsafe<{ period: string | null; id: string }[]>(q.sql, ...q.params);
    const buckets = new Map<string, string[]>();
    const imprecise: string[] = [];
    const undated: string[] = [];
    for (const r of rows) {
      if (r.period === null) undated.push(r.id);
      else if (r.period === "") imprecise.push(r.id);
      else {
        const ids = buckets.get(r.period);
        if (ids) ids.push(r.id);
        else buckets.set(r.period, [r.id]);
      }
    }
    return {
      interval,
      buckets: [...buckets]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([period, events]) => ({ period, count: events.length, events })),
      imprecise: { count: imprecise.length, events: imprecise },
      undated: { count: undated.length, events: undated },
    };
  }

  async network(officialId: string) {
    const rows = await this.db.$queryRawUnsafe<
      { id: string; name: string; country: string; meetings: number | bigint; lastMet: string | null }[]
    >(NETWORK_SQL, officialId);
    const topics = await this.db.$queryRawUnsafe<
      { id: string; topic: string; name: string; count: number | bigint }[]
    >(NETWORK_TOPICS_SQL, officialId);
    return rows.map((r) => ({
      official: { id: r.id, name: r.name, country: r.country },
      meetings: Number(r.meetings),
      lastMet: r.lastMet,
      topics: topics
        .filter((t) => t.id === r.id)
        .map((t) => ({ id: t.topic, name: t.name, count: Number(t.count) })),
    }));
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
