import type { Facet, Interval } from "../../schemas/aggregates.ts";
import type { Dialect } from "../db/dialect.ts";
import type { EventFilter } from "../event-filter.ts";
import { eventConditions, PARTY_COUNTRY, type Sql, statusOf } from "./event-sql.ts";

const PARTICIPANTS = `JOIN "Participant" p ON p."eventId" = e."id" JOIN "Official" o ON o."id" = p."officialId"`;

// Per facet: the value, a label where the value is an id, and the join that yields it.
// Counts are distinct events, so an event with two Chinese participants counts once for CN.
const SPEC: Record<Facet, { value: string; label: string; join: string }> = {
  topic: {
    value: `et."topicId"`,
    label: `tp."name"`,
    join: `JOIN "EventTopic" et ON et."eventId" = e."id" JOIN "Topic" tp ON tp."id" = et."topicId"`,
  },
  kind: { value: `e."kind"`, label: "NULL", join: "" },
  status: { value: `e."status"`, label: "NULL", join: "" },
  country: { value: PARTY_COUNTRY, label: "NULL", join: PARTICIPANTS },
  official: { value: `p."officialId"`, label: `o."name"`, join: PARTICIPANTS },
  year: { value: `substr(e."sortDate", 1, 4)`, label: "NULL", join: "" },
};

/** Counts of events per value of one facet, under every filter of the list. */
export function facetSql(d: Dialect, facet: Facet, f: EventFilter, limit = 50): Sql {
  const s = SPEC[facet];
  const where = eventConditions(d, f);
  // Status as then reported when reading as of a date.
  const value = facet === "status" ? statusOf(f.asOf) : { sql: s.value, params: [] };
  const undated = facet === "year" ? ` AND e."sortDate" <> '0000'` : "";
  return {
    sql: `SELECT ${value.sql} AS value, ${s.label} AS label, count(DISTINCT e."id") AS count FROM "Event" e ${s.join} WHERE ${where.sql}${undated} GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT ?`,
    params: [...value.params, ...where.params, limit],
  };
}

const bucket = (interval: Interval, col: string) =>
  interval === "year"
    ? `substr(${col}, 1, 4)`
    : interval === "month"
      ? `substr(${col}, 1, 7)`
      : `substr(${col}, 1, 4) || '-Q' || ((CAST(substr(${col}, 6, 2) AS INTEGER) + 2) / 3)`;

/**
 * Events per period, by the span their date denotes: an event dated only "2024" has
 * no month, so in a monthly timeline it is reported as imprecise, not put in January.
 */
export function timelineSql(d: Dialect, interval: Interval, f: EventFilter, idsPerBucket: number): Sql {
  const where = eventConditions(d, f);
  const first = bucket(interval, `e."dateMin"`);
  const last = bucket(interval, `e."dateMax"`);
  const periods = `SELECT CASE WHEN e."dateMin" IS NULL THEN NULL WHEN ${first} = ${last} THEN ${first} ELSE '' END AS period, e."id" AS id, e."sortDate" AS "sortDate" FROM "Event" e WHERE ${where.sql}`;
  // Exact counts per period, but only the first ids of each: the answer stays small
  // however many events match (one row per period when no ids are wanted).
  const ranked = `SELECT period, id, row_number() OVER (PARTITION BY period ORDER BY "sortDate", id) AS rn, count(*) OVER (PARTITION BY period) AS n FROM (${periods}) AS p`;
  return {
    // NULLS FIRST: the undated first on both engines (SQLite sorts NULL low, PostgreSQL high).
    sql: `SELECT period, CASE WHEN rn <= ? THEN id END AS id, n FROM (${ranked}) AS r WHERE rn <= ? ORDER BY period NULLS FIRST, rn`,
    params: [idsPerBucket, ...where.params, Math.max(idsPerBucket, 1)],
  };
}

const PLACED = `(e."country" IS NOT NULL OR e."city" IS NOT NULL)`;

/**
 * Events per place (city, region and country as stored; a venue counts for its city),
 * most first, with the number of places in all. Ties sort by country, city and region,
 * with '' for NULL so that both engines give one order.
 */
export function placesSql(d: Dialect, f: EventFilter, limit: number): Sql {
  const where = eventConditions(d, f);
  return {
    sql: `SELECT e."city" AS city, e."region" AS region, e."country" AS country, count(*) AS n, count(*) OVER () AS places FROM "Event" e WHERE ${where.sql} AND ${PLACED} GROUP BY e."city", e."region", e."country" ORDER BY 4 DESC, COALESCE(e."country", ''), COALESCE(e."city", ''), COALESCE(e."region", '') LIMIT ?`,
    params: [...where.params, limit],
  };
}

/** How many of the matching events have no place at all. */
export function unplacedSql(d: Dialect, f: EventFilter): Sql {
  const where = eventConditions(d, f);
  return {
    sql: `SELECT count(*) AS n FROM "Event" e WHERE ${where.sql} AND NOT ${PLACED}`,
    params: where.params,
  };
}
