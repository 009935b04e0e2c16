import { z } from "zod";
import type { Position } from "../../lib/cursor.ts";
import type { FtsQuery } from "../../lib/fts-query.ts";
import { firstDay, lastDay } from "../../lib/partial-date.ts";
import type { Dialect } from "../db/dialect.ts";
import type { Reader } from "../db/read-pool.ts";
import { Int, query } from "../query.ts";
import { FTS } from "./fts-sql.ts";

export const SEARCH_TYPES = ["document", "event", "official", "topic"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchParams {
  match: FtsQuery;
  types?: SearchType[];
  from?: string;
  to?: string;
  asOf?: string;
  limit: number;
  after?: Position;
}

export interface Hit {
  type: SearchType;
  id: string;
  title: string;
  score: number;
  snippet: string;
}

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");
const firstDaySql = (col: string) =>
  `CASE length(${col}) WHEN 4 THEN ${col} || '-01-01' WHEN 7 THEN ${col} || '-01' ELSE ${col} END`;

// Dated types overlap the range; officials and topics have no date and drop out.
function dateFilter(p: SearchParams, params: unknown[]): string {
  if (!p.from && !p.to) return "";
  const lo = p.from ? firstDay(p.from) : "0000";
  const hi = p.to ? lastDay(p.to) : "9999";
  params.push(lo, hi, lo, hi);
  return ` AND ((b.kind = 'event' AND EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = b.ref AND e."dateMax" >= ? AND e."dateMin" <= ?))
    OR (b.kind = 'document' AND EXISTS (SELECT 1 FROM "Document" d WHERE d."id" = b.ref AND d."publishedSort" >= ? AND ${firstDaySql('d."publishedAt"')} <= ?)))`;
}

// A title match weighs 5x a body match (fts-sql.ts); a thing with several entries (an
// event and its quotes per source) ranks by its best one. Lower scores are better.

// As of a day: documents published by then, an event's quotes from those documents,
// and the event itself once one of them reports it. Officials and topics are timeless.
const KNOWN_ENTRY = ` AND (se."kind" IN ('official', 'topic')
    OR (se."kind" = 'document' AND EXISTS (SELECT 1 FROM "Document" d WHERE d."id" = se."ref" AND d."publishedSort" <= ?))
    OR (se."kind" = 'event' AND se."src" <> '' AND EXISTS (SELECT 1 FROM "Document" d WHERE d."id" = se."src" AND d."publishedSort" <= ?))
    OR (se."kind" = 'event' AND se."src" = '' AND EXISTS (SELECT 1 FROM "EventSource" k WHERE k."eventId" = se."ref" AND k."publishedSort" <= ?)))`;

function filtered(d: Dialect, p: SearchParams, params: unknown[]): string {
  const fts = FTS[d.name];
  params.push(fts.param(p.match));
  let entries = fts.entries;
  if (p.types?.length) {
    entries += ` AND se."kind" IN (${marks(p.types.length)})`;
    params.push(...p.types);
  }
  if (p.asOf) {
    entries += KNOWN_ENTRY;
    params.push(p.asOf, p.asOf, p.asOf);
  }
  return `SELECT b.* FROM (${fts.best(entries)}) b WHERE TRUE${dateFilter(p, params)}`;
}

const HitRow = z.object({ kind: z.enum(SEARCH_TYPES), ref: z.string(), score: z.number(), rid: Int });

/** One page of hits, best first, with highlighted snippets. */
export async function searchPage(
  db: Reader,
  p: SearchParams,
): Promise<{ hits: Hit[]; next: Position | null }> {
  const params: unknown[] = [];
  let sql = `SELECT * FROM (${filtered(db.dialect, p, params)}) h`;
  if (p.after) {
    sql += ` WHERE h.score > ? OR (h.score = ? AND h.kind || ':' || h.ref > ?)`;
    const key = Number(p.after.key);
    params.push(key, key, p.after.id);
  }
  sql += ` ORDER BY h.score, h.kind || ':' || h.ref LIMIT ?`;
  params.push(p.limit + 1);
  const rows = await query(db, HitRow, sql, params);
  const page = rows.slice(0, p.limit);
  const snippets = await snippetsFor(
    db,
    p.match,
    page.map((r) => r.rid),
  );
  const titles = await titlesFor(db, page);
  const last = page.at(-1);
  return {
    hits: page.map((r) => ({
      type: r.kind,
      id: r.ref,
      title: titles.get(`${r.kind}:${r.ref}`) ?? r.ref,
      score: Math.round(-r.score * 1e6) / 1e6,
      snippet: snippets.get(r.rid) ?? "",
    })),
    next: rows.length > p.limit && last ? { key: String(last.score), id: `${last.kind}:${last.ref}` } : null,
  };
}

export async function searchCount(db: Reader, p: SearchParams): Promise<number> {
  const params: unknown[] = [];
  const sql = `SELECT count(*) AS n FROM (${filtered(db.dialect, p, params)}) AS hits`;
  const [row] = await query(db, z.object({ n: Int }), sql, params);
  return row?.n ?? 0;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

// Snippets mark matches with control characters, then the text is HTML-escaped and
// only those marks become <mark>: an article quoting "<script>" cannot inject markup.
export async function snippetsFor(db: Reader, match: FtsQuery, rids: number[]): Promise<Map<number, string>> {
  if (!rids.length) return new Map();
  const fts = FTS[db.dialect.name];
  const rows = await query(db, z.object({ rid: Int, s: z.string() }), fts.snippets(db.dialect), [
    fts.param(match),
    JSON.stringify(rids),
  ]);
  return new Map(
    rows.map((r) => [r.rid, escapeHtml(r.s).replaceAll("\u0002", "<mark>").replaceAll("\u0003", "</mark>")]),
  );
}

const TITLE_SQL: Record<SearchType, string> = {
  document: `SELECT 'document' AS kind, "id", coalesce("title", "id") AS title FROM "Document"`,
  event: `SELECT 'event' AS kind, "id", "title" FROM "Event"`,
  official: `SELECT 'official' AS kind, "id", "name" AS title FROM "Official"`,
  topic: `SELECT 'topic' AS kind, "id", "name" AS title FROM "Topic"`,
};

async function titlesFor(
  db: Reader,
  rows: { kind: SearchType; ref: string }[],
): Promise<Map<string, string>> {
  const parts: string[] = [];
  const params: string[] = [];
  for (const type of SEARCH_TYPES) {
    const ids = rows.filter((r) => r.kind === type).map((r) => r.ref);
    if (!ids.length) continue;
    parts.push(`${TITLE_SQL[type]} WHERE "id" IN (${marks(ids.length)})`);
    params.push(...ids);
  }
  if (!parts.length) return new Map();
  const found = await query(
    db,
    z.object({ kind: z.string(), id: z.string(), title: z.string() }),
    parts.join(" UNION ALL "),
    params,
  );
  return new Map(found.map((r) => [`${r.kind}:${r.id}`, r.title]));
}
