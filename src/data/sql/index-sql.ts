import { type Dialect, POSTGRES, SQLITE } from "../db/dialect.ts";

// The full-text index's content, as SQL over the base tables, so the loader, a full
// rebuild and the migration's backfill all index the same text. An entry's row in
// "SearchEntry" gives the key of its text: the FTS5 rowid in "SearchIndex" on SQLite,
// the id in "SearchText" on PostgreSQL (title, body; the server derives the tsvector).

/** Where each engine keeps an entry's text, and the one aggregate they spell apart. */
const TEXT = {
  sqlite: { table: `"SearchIndex"`, key: `"rowid"`, quotes: `group_concat(DISTINCT x."quote")` },
  postgres: { table: `"SearchText"`, key: `"id"`, quotes: `string_agg(DISTINCT x."quote", ',')` },
};

export type IndexKind = "document" | "event" | "evidence" | "official" | "topic";

interface Source {
  from: string;
  ref: string;
  src: string;
  title: string;
  body: string;
  group?: string;
}

// || rather than concat_ws (SQLite 3.44+): the migration must run on older engines too.
const joined = (...parts: string[]) => parts.map((p) => `coalesce(${p}, '')`).join(` || ' ' || `);

const names = (d: Dialect, table: string, col: string, key: string) =>
  `(SELECT ${d.joined(col, " ")} FROM "${table}" WHERE "${key}" = x."id")`;

// Events are found by their title, summary, place, participants and topics, and by
// the quotes of every source (one entry per source, so adding a source appends text
// instead of rewriting the event's).
const sources = (d: Dialect): Record<IndexKind, Source> => ({
  document: {
    from: `"Document" x`,
    ref: `x."id"`,
    src: `''`,
    title: `coalesce(x."title", '')`,
    body: `x."text"`,
  },
  event: {
    from: `"Event" x`,
    ref: `x."id"`,
    src: `''`,
    title: `x."title"`,
    body: joined(
      `x."summary"`,
      `x."venue"`,
      `x."city"`,
      `(SELECT ${d.joined('o."name"', " ")} FROM "Participant" p JOIN "Official" o ON o."id" = p."officialId" WHERE p."eventId" = x."id")`,
      `(SELECT ${d.joined('t."name"', " ")} FROM "EventTopic" et JOIN "Topic" t ON t."id" = et."topicId" WHERE et."eventId" = x."id")`,
    ),
  },
  evidence: {
    from: `"Evidence" x`,
    ref: `x."eventId"`,
    src: `x."documentId"`,
    title: `''`,
    body: TEXT[d.name].quotes,
    // One entry per (event, document): its id names the pair (PostgreSQL needs it grouped).
    group: `GROUP BY se."id"`,
  },
  official: {
    from: `"Official" x`,
    ref: `x."id"`,
    src: `''`,
    title: `x."name"`,
    body: joined(
      names(d, "OfficialAlias", `"alias"`, "officialId"),
      names(d, "Role", `"title"`, "officialId"),
    ),
  },
  topic: {
    from: `"Topic" x`,
    ref: `x."id"`,
    src: `''`,
    title: `x."name"`,
    body: joined(`x."description"`, names(d, "TopicKeyword", `"keyword"`, "topicId")),
  },
});
const SOURCES = { sqlite: sources(SQLITE), postgres: sources(POSTGRES) };

// Evidence entries are events' entries: a hit on one is a hit on its event.
const entryKind = (kind: IndexKind) => (kind === "evidence" ? "event" : kind);

export interface Scope {
  kind: IndexKind;
  /** Condition over alias x, with ? placeholders. */
  where: string;
  params: unknown[];
  /** Entries may already have text (a changed event): remove it first. */
  replace?: boolean;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

const matchEntry = (s: Source, kind: IndexKind) =>
  `se."kind" = '${entryKind(kind)}' AND se."ref" = ${s.ref} AND se."src" = ${s.src}`;

/**
 * At most three statements that (re)index every scope: one delete of replaced text,
 * one insert of entries, one of text, each a UNION ALL over the scopes (ingest speed
 * is bounded by statements per article, not by their size).
 */
export function indexStatements(d: Dialect, scopes: Scope[]): Statement[] {
  const live = scopes.filter((c) => c.where !== "FALSE");
  if (!live.length) return [];
  const text = TEXT[d.name];
  const source = SOURCES[d.name];
  const out: Statement[] = [];
  const replaced = live.filter((c) => c.replace);
  if (replaced.length) {
    out.push(
      union(
        source,
        replaced,
        (s, c) =>
          `SELECT se."id" FROM ${s.from} JOIN "SearchEntry" se ON ${matchEntry(s, c.kind)} WHERE ${c.where}`,
        (body) => `DELETE FROM ${text.table} WHERE ${text.key} IN (${body})`,
      ),
    );
  }
  out.push(
    union(
      source,
      live,
      (s, c) => `SELECT DISTINCT '${entryKind(c.kind)}', ${s.ref}, ${s.src} FROM ${s.from} WHERE ${c.where}`,
      (body) => d.insertIgnoring(`"SearchEntry" ("kind", "ref", "src")`, body),
    ),
  );
  out.push(
    union(
      source,
      live,
      (s, c) =>
        `SELECT se."id", ${s.title}, ${s.body} FROM ${s.from} JOIN "SearchEntry" se ON ${matchEntry(s, c.kind)} WHERE ${c.where} ${s.group ?? ""}`,
      (body) => `INSERT INTO ${text.table} (${text.key}, "title", "body") ${body}`,
    ),
  );
  return out;
}

function union(
  source: Record<IndexKind, Source>,
  scopes: Scope[],
  select: (s: Source, c: Scope) => string,
  wrap: (body: string) => string,
) {
  // Each part is aliased: PostgreSQL requires a name for a subquery in FROM.
  const parts = scopes.map((c, i) => `SELECT * FROM (${select(source[c.kind], c)}) AS part${i}`);
  return { sql: wrap(parts.join(" UNION ALL ")), params: scopes.flatMap((c) => c.params) };
}

const KINDS: IndexKind[] = ["document", "event", "evidence", "official", "topic"];

/** Everything, from scratch: after curation, which can rename, merge and delete events. */
export const rebuildStatements = (d: Dialect): Statement[] => [
  { sql: `DELETE FROM ${TEXT[d.name].table}`, params: [] },
  { sql: `DELETE FROM "SearchEntry"`, params: [] },
  ...indexStatements(
    d,
    KINDS.map((kind) => ({ kind, where: "TRUE", params: [] })),
  ),
];
