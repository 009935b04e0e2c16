import type { Position } from "../../lib/cursor.ts";
import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Dialect } from "../db/dialect.ts";
import type { EventFilter, SortOrder } from "../event-filter.ts";
import { knownBy } from "../rules/known.ts";
import { FTS } from "./fts-sql.ts";
import { reportedSql } from "./status-sql.ts";

/**
 * The country a participant "p" (official "o") represented: the side recorded for the
 * event, else their own; none when they took part for an international organisation.
 */
export const PARTY_COUNTRY = `(CASE WHEN p."organization" IS NULL THEN coalesce(p."side", o."country") END)`;

// The event filters as one SQL condition over "Event" e: lists, counts, facets and
// timelines all select the same events, and full-text matches (FTS5) can take part,
// which the Prisma client cannot express.

export interface Sql {
  sql: string;
  params: unknown[];
}

const marks = (values: unknown[]) => values.map(() => "?").join(", ");
const attends = `EXISTS (SELECT 1 FROM "Participant" p WHERE p."eventId" = e."id" AND p."officialId"`;
const tagged = `EXISTS (SELECT 1 FROM "EventTopic" t WHERE t."eventId" = e."id" AND t."topicId"`;
// The country a participant represented: the side recorded for the event, else their own.
const represents = `EXISTS (SELECT 1 FROM "Participant" p JOIN "Official" o ON o."id" = p."officialId" WHERE p."eventId" = e."id" AND ${PARTY_COUNTRY} =`;
const forOrganization = `EXISTS (SELECT 1 FROM "Participant" p WHERE p."eventId" = e."id" AND p."organization" =`;

/** Events in the index whose text matches the query (one `?`, FTS[d].param). */
const matching = (d: Dialect) => `SELECT ref FROM (${FTS[d.name].entries} AND se."kind" = 'event') AS hits`;

/** The event's status: as stored, or as the sources known on `asOf` reported it. */
export function statusOf(asOf: string | undefined, alias = "e"): Sql {
  if (!asOf) return { sql: `${alias}."status"`, params: [] };
  return { sql: `COALESCE(${reportedSql(true, alias).status}, ${alias}."status")`, params: [asOf, asOf] };
}

/** How many documents report the event (published by `asOf` when set). */
export function sourceCountOf(asOf: string | undefined, alias = "e"): Sql {
  const bound = asOf ? ` AND s."publishedSort" <= ?` : "";
  return {
    sql: `(SELECT count(*) FROM "EventSource" s WHERE s."eventId" = ${alias}."id"${bound})`,
    params: asOf ? [asOf] : [],
  };
}

export function eventConditions(d: Dialect, f: EventFilter): Sql {
  const and: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => {
    and.push(sql);
    params.push(...p);
  };
  if (f.meetingsOnly) add(`e."isMeeting" = TRUE`);
  // An event matches a range when the span its date denotes overlaps the range.
  if (f.from) add(`e."dateMax" >= ?`, firstDay(f.from));
  if (f.to) add(`e."dateMin" <= ?`, lastDay(f.to));
  for (const id of f.officials ?? []) add(`${attends} = ?)`, id);
  if (f.anyOfficials?.length) add(`${attends} IN (${marks(f.anyOfficials)}))`, ...f.anyOfficials);
  for (const id of f.topics ?? []) add(`${tagged} = ?)`, id);
  if (f.anyTopics?.length) add(`${tagged} IN (${marks(f.anyTopics)}))`, ...f.anyTopics);
  if (f.country) add(`(e."country" = ? OR ${represents} ?))`, f.country, f.country);
  for (const c of f.countries ?? []) add(`${represents} ?)`, c);
  if (f.kinds?.length) add(`e."kind" IN (${marks(f.kinds)})`, ...f.kinds);
  if (f.asOf) add(knownBy("e"), f.asOf);
  if (f.statuses?.length) {
    const status = statusOf(f.asOf);
    add(`${status.sql} IN (${marks(f.statuses)})`, ...status.params, ...f.statuses);
  }
  if (f.summit) add(`e."summitId" = ?`, f.summit);
  if (f.organization) add(`${forOrganization} ?)`, f.organization);
  if (f.minConfidence !== undefined) add(`e."confidence" >= ?`, f.minConfidence);
  if (f.place) {
    const p = f.place.toLowerCase();
    add(
      `(lower(e."city") = ? OR lower(e."venue") = ? OR lower(e."region") = ? OR e."country" = ?)`,
      p,
      p,
      p,
      f.place,
    );
  }
  if (f.match) add(`e."id" IN (${matching(d)})`, FTS[d.name].param(f.match));
  return { sql: and.length ? and.join(" AND ") : "TRUE", params };
}

interface OrderSpec {
  key: Sql;
  dir: "ASC" | "DESC";
  numeric: boolean;
}

function orderSpec(order: SortOrder, asOf: string | undefined): OrderSpec {
  if (order === "-sourceCount") return { key: sourceCountOf(asOf), dir: "DESC", numeric: true };
  if (order === "relevance") return { key: { sql: "m.score", params: [] }, dir: "ASC", numeric: true };
  return { key: { sql: `e."sortDate"`, params: [] }, dir: order === "date" ? "ASC" : "DESC", numeric: false };
}

/**
 * One page of event ids in keyset order, each row's sort key for the next cursor, and
 * the two values that depend on `asOf`: status and source count. With `stored` (an item
 * format), each row's stored list item (event-items.ts) instead of those two: NULL where
 * stale or of another format.
 */
export function pageSql(
  d: Dialect,
  f: EventFilter,
  order: SortOrder,
  limit: number,
  after?: Position,
  stored?: string,
): Sql {
  const where = eventConditions(d, f);
  const o = orderSpec(order, f.asOf);
  const status = statusOf(f.asOf);
  const sources = sourceCountOf(f.asOf);
  // Parameters in the order their placeholders appear in the statement.
  const params: unknown[] = [...o.key.params, ...(stored ? [stored] : [...status.params, ...sources.params])];
  const item = d.bytes(`CASE WHEN i."format" = ? THEN i."json" END`);
  // Relevance: each event's best score over its entries (title 5x the body), lower is better.
  let from = stored ? `"Event" e LEFT JOIN "EventItem" i ON i."eventId" = e."id"` : `"Event" e`;
  if (order === "relevance" && f.match) {
    const fts = FTS[d.name];
    // One row per event: best() keeps each (kind, ref)'s best entry, and kind is 'event'.
    from += ` JOIN (${fts.best(`${fts.entries} AND se."kind" = 'event'`)}) m ON m.ref = e."id"`;
    params.push(fts.param(f.match));
  }
  params.push(...where.params);
  let keyset = "";
  if (after) {
    const cmp = o.dir === "ASC" ? ">" : "<";
    const key = o.numeric ? Number(after.key) : after.key;
    // A row value, not "key < ? OR (key = ? AND id < ?)": SQLite seeks the (sortDate, id)
    // index to it, where the OR form scanned the index from the top (page 500 cost 5x page 1).
    keyset = ` AND (${o.key.sql}, e."id") ${cmp} (?, ?)`;
    params.push(...o.key.params, key, after.id);
  }
  const last = d.limit(limit + 1);
  params.push(...o.key.params, ...last.params);
  return {
    sql: `SELECT e."id" AS id, ${o.key.sql} AS key, ${stored ? `${item} AS item` : `${status.sql} AS status, ${sources.sql} AS "sourceCount"`} FROM ${from} WHERE ${where.sql}${keyset} ORDER BY ${o.key.sql} ${o.dir}, e."id" ${o.dir} ${last.sql}`,
    params,
  };
}

export function countSql(d: Dialect, f: EventFilter): Sql {
  const where = eventConditions(d, f);
  return { sql: `SELECT count(*) AS n FROM "Event" e WHERE ${where.sql}`, params: where.params };
}
