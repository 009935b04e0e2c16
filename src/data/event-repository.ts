import { z } from "zod";
import type { Position } from "../lib/cursor.ts";
import { allPages } from "../lib/paging.ts";
import type { Facet, Interval } from "../schemas/aggregates.ts";
import type { EventItem, ListSource } from "../schemas/event.ts";
import type { Db } from "./db/client.ts";
import type { Reader } from "./db/read-pool.ts";
import { readEventDetail } from "./event-detail.ts";
import type { EventFilter, SortOrder } from "./event-filter.ts";
import { buildItems, ITEM_FORMAT } from "./event-items.ts";
import { eventDetailInclude, toEventItem, toSource } from "./event-mapper.ts";
import { Int, query, replicaReader } from "./query.ts";
import { laterFirst } from "./rules/status.ts";
import { facetSql, timelineSql } from "./sql/aggregate-sql.ts";
import { countSql, pageSql } from "./sql/event-sql.ts";
import { hydrateItems } from "./sql/hydrate-sql.ts";
import { networkSql, networkTopicsSql } from "./sql/network-sql.ts";

// A page is read as keys first (id, sort key, status, count), then hydrated.
const KeyRow = z.object({
  id: z.string(),
  key: z.union([z.string(), z.number(), z.bigint()]),
  status: z.string(),
  sourceCount: Int,
});
type Key = z.output<typeof KeyRow>;
const StoredKeyRow = z.object({
  id: z.string(),
  key: z.union([z.string(), z.number(), z.bigint()]),
  // Bytes on SQLite (dialect.bytes): sent as they are, never decoded to a string.
  item: z.union([z.string(), z.instanceof(Uint8Array)]).nullable(),
});
const CountRow = z.object({ n: Int });
const FacetRow = z.object({ value: z.string(), label: z.string().nullable(), count: Int });
const BucketRow = z.object({ period: z.string().nullable(), id: z.string().nullable(), n: Int });
const PeerRow = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  meetings: Int,
  lastMet: z.string().nullable(),
});
const VersionRow = z.object({ version: Int });
const PeerTopicRow = z.object({ id: z.string(), topic: z.string(), name: z.string(), count: Int });

/** The page in `limit + 1` keys, and the position after it when there is more. */
function pageOf<K extends { id: string; key: string | number | bigint }>(keys: K[], limit: number) {
  const page = keys.slice(0, limit);
  const last = page.at(-1);
  const next = keys.length > limit && last ? { key: String(last.key), id: last.id } : null;
  return { page, next };
}

/** Whether the filter does more than pick meetings: its cost then depends on its values. */
const narrows = (filter: EventFilter) =>
  Object.entries(filter).some(
    ([k, v]) => k !== "meetingsOnly" && v !== undefined && !(Array.isArray(v) && v.length === 0),
  );

export class EventRepository {
  /**
   * @param pool where reads whose cost the client controls run (read-pool.ts)
   * @param main every other read: by default through the client, to its read replica
   *   when there is one (replicaReader); the server passes a SqliteReader or a PgReader.
   * @param filtered reads of filtered pages: the same as `main`, except on PostgreSQL,
   *   where they are planned for each call's values (PgReader.perValue).
   */
  constructor(
    private readonly db: Db,
    private readonly pool: Reader,
    private readonly main: Reader = replicaReader(db),
    private readonly filtered: Reader = main,
  ) {}

  /**
   * Full-text matches cost what the client's words make them cost: off the event loop.
   * Other filters cost what their values select.
   */
  private reader(filter: EventFilter): Reader {
    if (filter.match) return this.pool;
    return narrows(filter) ? this.filtered : this.main;
  }

  /** One page in keyset order, plus the position to continue from when more rows exist. */
  async list(filter: EventFilter, order: SortOrder, limit: number, after?: Position) {
    const q = pageSql(this.main.dialect, filter, order, limit, after);
    const { page, next } = pageOf(await query(this.reader(filter), KeyRow, q.sql, q.params), limit);
    return { items: await this.hydrate(page), next };
  }

  /**
   * The same page as list(), each item as the JSON the list writes for it: stored where
   * fresh, built where stale (event-items.ts). Not as of a day: stored items are today's.
   */
  async listStored(filter: EventFilter, order: SortOrder, limit: number, after?: Position) {
    if (filter.asOf) throw new Error("stored items are not as of a day");
    const q = pageSql(this.main.dialect, filter, order, limit, after, ITEM_FORMAT);
    const { page, next } = pageOf(await query(this.reader(filter), StoredKeyRow, q.sql, q.params), limit);
    const stale = page.filter((k) => k.item === null).map((k) => k.id);
    const built = await buildItems(this.main, stale);
    const items = page.flatMap((k) => {
      const json = k.item ?? built.get(k.id);
      return json === undefined ? [] : [json];
    });
    return { items, next };
  }

  /** Every matching event, a page at a time: exports stream in constant memory. */
  pages(filter: EventFilter, order: SortOrder, batch = 500, after?: Position) {
    return allPages((at) => this.list(filter, order, batch, at), after);
  }

  async all(filter: EventFilter, order: SortOrder): Promise<EventItem[]> {
    const out: EventItem[] = [];
    for await (const items of this.pages(filter, order)) out.push(...items);
    return out;
  }

  /**
   * Per event, the documents reporting it (published by `asOf` when set), latest
   * first, with their quotes when asked: include=sources|evidence on lists.
   */
  async sourcesOf(ids: string[], asOf: string | undefined, withEvidence: boolean) {
    const bound = asOf ? { publishedSort: { lte: asOf } } : {};
    const sources = await this.db.eventSource.findMany({
      where: { eventId: { in: ids }, ...bound },
      include: eventDetailInclude.sources.include,
    });
    const evidence = withEvidence
      ? await this.db.evidence.findMany({
          where: { eventId: { in: ids }, document: bound },
          orderBy: eventDetailInclude.evidence.orderBy,
        })
      : [];
    const out = new Map<string, ListSource[]>();
    for (const s of sources.sort(laterFirst)) {
      const quotes = withEvidence
        ? evidence.filter((ev) => ev.eventId === s.eventId && ev.documentId === s.documentId)
        : undefined;
      const list = out.get(s.eventId) ?? [];
      list.push(toSource(s, quotes));
      out.set(s.eventId, list);
    }
    return out;
  }

  /** Items in the order of their keys, with the status and count the keys carry. */
  private async hydrate(keys: Key[]): Promise<EventItem[]> {
    if (!keys.length) return [];
    const { rows, curated } = await hydrateItems(
      this.main,
      keys.map((k) => k.id),
    );
    return keys.flatMap((k) => {
      const row = rows.get(k.id);
      const reported = { status: k.status, sourceCount: Number(k.sourceCount) };
      return row ? [toEventItem(row, reported, curated)] : [];
    });
  }

  async count(filter: EventFilter): Promise<number> {
    const q = countSql(this.main.dialect, filter);
    const [row] = await query(this.reader(filter), CountRow, q.sql, q.params);
    return row?.n ?? 0;
  }

  async facets(filter: EventFilter, facets: Facet[]) {
    const out: Partial<Record<Facet, { value: string; label: string | null; count: number }[]>> = {};
    for (const facet of facets) {
      const q = facetSql(this.main.dialect, facet, filter);
      // Aggregates scan every matching event: always in the pool.
      out[facet] = await query(this.pool, FacetRow, q.sql, q.params);
    }
    return out;
  }

  async timeline(interval: Interval, filter: EventFilter, idsPerBucket: number) {
    const q = timelineSql(this.main.dialect, interval, filter, idsPerBucket);
    const rows = await query(this.pool, BucketRow, q.sql, q.params);
    // Rows come grouped by period (NULL: undated, "": imprecise), earliest events first.
    const groups = new Map<string | null, { count: number; events: string[] }>();
    for (const r of rows) {
      const g = groups.get(r.period) ?? { count: r.n, events: [] };
      groups.set(r.period, g);
      if (r.id !== null) g.events.push(r.id);
    }
    const group = (p: string | null) => {
      const g = groups.get(p) ?? { count: 0, events: [] };
      return { ...g, more: g.count > g.events.length };
    };
    return {
      interval,
      buckets: [...groups.keys()]
        .filter((p): p is string => p !== null && p !== "")
        .sort()
        .map((period) => ({ period, ...group(period) })),
      imprecise: group(""),
      undated: group(null),
    };
  }

  async network(officialId: string, asOf?: string) {
    const n = networkSql(officialId, asOf);
    const rows = await query(this.main, PeerRow, n.sql, n.params);
    const t = networkTopicsSql(officialId, asOf);
    const topics = await query(this.main, PeerTopicRow, t.sql, t.params);
    return rows.map((r) => ({
      official: { id: r.id, name: r.name, country: r.country },
      meetings: r.meetings,
      lastMet: r.lastMet,
      topics: topics.filter((t) => t.id === r.id).map((t) => ({ id: t.topic, name: t.name, count: t.count })),
    }));
  }

  /**
   * The event with its sources, or null. As of a day, only what the documents then
   * published said: an event none of them reported does not exist yet.
   */
  get(id: string, meetingsOnly: boolean, asOf?: string) {
    return readEventDetail(this.main, id, meetingsOnly, asOf);
  }

  /** The event's recorded version (its ETag's), or null when there is no such event. */
  async version(id: string): Promise<number | null> {
    const [row] = await query(this.main, VersionRow, `SELECT "version" FROM "Event" WHERE "id" = ?`, [id]);
    return row?.version ?? null;
  }
}
