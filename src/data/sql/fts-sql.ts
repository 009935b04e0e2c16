import type { FtsQuery } from "../../lib/fts-query.ts";
import type { Dialect } from "../db/dialect.ts";

// The full-text match on each engine: FTS5 with BM25 on SQLite, a tsvector with
// ts_rank_cd on PostgreSQL. Both give every matching index entry a score where lower
// is better and a title match weighs five times a body match, so the queries around
// them (best entry per thing, keyset pages, date and asOf filters) are shared.

export interface Fts {
  /** The bound form of the user's query. */
  param(q: FtsQuery): string;
  /** Matching entries: kind, ref, score (lower is better) and rid, the entry's key; one `?`. */
  entries: string;
  /** `entries` (with conditions appended) as the best-scoring entry per (kind, ref). */
  best(entries: string): string;
  /** Each listed entry's text around the match, marked with \u0002 and \u0003; `?` query, `?` JSON ids. */
  snippets(d: Dialect): string;
}

const SQLITE_FTS: Fts = {
  param: (q) => q.match,
  entries: `SELECT se."kind" AS kind, se."ref" AS ref, bm25("SearchIndex", 5.0, 1.0) AS score, "SearchIndex"."rowid" AS rid
  FROM "SearchIndex" JOIN "SearchEntry" se ON se."id" = "SearchIndex"."rowid"
  WHERE "SearchIndex" MATCH ?`,
  // LIMIT -1 keeps SQLite from flattening the subquery: bm25() only works directly on
  // the FTS scan, not inside the aggregate. min() picks the best entry's rowid too.
  best: (entries) =>
    `SELECT kind, ref, min(score) AS score, rid FROM (${entries} LIMIT -1) AS m GROUP BY kind, ref`,
  // The rowids come as a JSON array: with MATCH, SQLite (3.53) ignores a lone bound
  // `rowid = ?` (what `IN (?)` becomes) and snippets every match, 200 ms on a common word.
  snippets: (d) =>
    `SELECT "rowid" AS rid, snippet("SearchIndex", -1, char(2), char(3), '…', 24) AS s FROM "SearchIndex" WHERE "SearchIndex" MATCH ? AND "rowid" IN (${d.jsonValues()})`,
};

// Weights {D, C, B, A}: bodies are B, titles A, five times as much, as in BM25 above.
// The query is parsed once, in a one-row FROM item that the match and the rank share.
const POSTGRES_FTS: Fts = {
  param: (q) => q.tsquery,
  entries: `SELECT se."kind" AS kind, se."ref" AS ref, -CAST(ts_rank_cd('{0, 0, 0.2, 1.0}', st."tsv", q.q) AS double precision) AS score, st."id" AS rid
  FROM (SELECT to_tsquery('summitry', ?) AS q) q, "SearchText" st JOIN "SearchEntry" se ON se."id" = st."id"
  WHERE st."tsv" @@ q.q`,
  best: (entries) =>
    `SELECT DISTINCT ON (kind, ref) kind, ref, score, rid FROM (${entries}) AS m ORDER BY kind, ref, score, rid`,
  snippets: (d) =>
    `SELECT st."id" AS rid, ts_headline('summitry', CASE WHEN to_tsvector('summitry', st."body") @@ q.q THEN st."body" ELSE st."title" END, q.q,
      'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=24, MinWords=12, MaxFragments=1, FragmentDelimiter=…') AS s
     FROM "SearchText" st, (SELECT to_tsquery('summitry', ?) AS q) q
     WHERE st."id" IN (SELECT CAST("value" AS integer) FROM (${d.jsonValues()}) AS ids)`,
};

export const FTS: Record<Dialect["name"], Fts> = { sqlite: SQLITE_FTS, postgres: POSTGRES_FTS };
