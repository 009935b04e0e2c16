// The raw SQL is written once, in the SQL both engines share, with `?` placeholders.
// What they spell differently (JSON building, string aggregation, "insert unless
// present", the clock) comes from a Dialect, and PostgreSQL's numbered placeholders
// are made from the `?` marks in one place (numbered()).

export interface Dialect {
  readonly name: "sqlite" | "postgres";
  /** The statement as the engine takes it: `?` marks numbered for PostgreSQL. */
  sql(text: string): string;
  /** A subquery of one column "value": the elements of a JSON array bound at `?`. */
  jsonValues(): string;
  /** A subquery of columns "key" and "value" (as text): the members of a JSON object bound at `?`. */
  jsonEntries(): string;
  /** A JSON array (as text) of one object per row, ordered; "[]" for no rows. */
  jsonRows(fields: Record<string, string>, orderBy: string): string;
  /**
   * A text column as the driver hands bytes over when it can (SQLite: a Buffer of its
   * UTF-8, no string decoded), else as text.
   */
  bytes(column: string): string;
  /** What ends a SELECT that locks the rows it reads until the transaction ends ("" where writes are serial anyway). */
  readonly lockRows: string;
  /** The text of a JSON field of a column that holds a JSON object. */
  jsonField(column: string, key: string): string;
  /** The values of the group joined by `separator`, in `orderBy` order when given. */
  joined(expr: string, separator: string, orderBy?: string): string;
  /** The least of several values (SQLite's scalar min). */
  least(...exprs: string[]): string;
  /** `INSERT … VALUES/SELECT …` that skips rows whose key is already there. */
  insertIgnoring(into: string, rows: string): string;
  /** Now, as the client stores DateTime columns. */
  readonly now: string;
  /** `LIMIT n` for a page size: a placeholder, or the number itself where a bound one costs. */
  limit(n: number): { sql: string; params: unknown[] };
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;

export const SQLITE: Dialect = {
  name: "sqlite",
  sql: (text) => text,
  jsonValues: () => `SELECT "value" FROM json_each(?)`,
  jsonEntries: () => `SELECT "key", "value" FROM json_each(?)`,
  jsonRows: (fields, orderBy) =>
    `json_group_array(json_object(${Object.entries(fields)
      .map(([k, v]) => `${quote(k)}, ${v}`)
      .join(", ")}) ORDER BY ${orderBy})`,
  bytes: (column) => `CAST(${column} AS BLOB)`,
  // One writer at a time, and a transaction that read a row another then changed fails.
  lockRows: "",
  jsonField: (column, key) => `json_extract(${column}, ${quote(`$.${key}`)})`,
  joined: (expr, separator, orderBy) =>
    `group_concat(${expr}, ${quote(separator)}${orderBy ? ` ORDER BY ${orderBy}` : ""})`,
  least: (...exprs) => `min(${exprs.join(", ")})`,
  insertIgnoring: (into, rows) => `INSERT OR IGNORE INTO ${into} ${rows}`,
  // The form Prisma's SQLite client writes: 2026-11-24T04:01:55.609+00:00.
  now: `strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')`,
  limit: (n) => ({ sql: "LIMIT ?", params: [n] }),
};

const numberedCache = new Map<string, string>();
const CACHE_MAX = 2000;

/**
 * `?` → `$1`, `$2`, … in order, except inside '…' literals, "…" identifiers and
 * comments. Statements repeat, so each text is converted once.
 */
export function numbered(text: string): string {
  const cached = numberedCache.get(text);
  if (cached !== undefined) return cached;
  let out = "";
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      const stop = end < 0 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === "-" && text[i + 1] === "-") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === "?") {
      out += `$${++n}`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (numberedCache.size >= CACHE_MAX) numberedCache.clear();
  numberedCache.set(text, out);
  return out;
}

export const POSTGRES: Dialect = {
  name: "postgres",
  sql: numbered,
  jsonValues: () => `SELECT "value" FROM json_array_elements_text(CAST(? AS json)) AS j("value")`,
  jsonEntries: () => `SELECT "key", "value" FROM json_each_text(CAST(? AS json)) AS j("key", "value")`,
  jsonRows: (fields, orderBy) =>
    `coalesce(json_agg(json_build_object(${Object.entries(fields)
      .map(([k, v]) => `${quote(k)}, ${v}`)
      .join(", ")}) ORDER BY ${orderBy}), '[]')::text`,
  bytes: (column) => column,
  lockRows: " FOR UPDATE",
  jsonField: (column, key) => `(CAST(${column} AS json) ->> ${quote(key)})`,
  joined: (expr, separator, orderBy) =>
    `string_agg(${expr}, ${quote(separator)}${orderBy ? ` ORDER BY ${orderBy}` : ""})`,
  least: (...exprs) => `least(${exprs.join(", ")})`,
  insertIgnoring: (into, rows) => `INSERT INTO ${into} ${rows} ON CONFLICT DO NOTHING`,
  // timestamp(3) columns hold UTC: the server's session zone must not shift them.
  now: `(now() AT TIME ZONE 'UTC')`,
  // A bound LIMIT hides the page size from a prepared statement's generic plan, which
  // is then costed for a tenth of the table: PostgreSQL judges it dearer than a custom
  // plan and plans the page anew on every call. Measured on 10,000 events, the list's
  // statement ran 8.6k/s with LIMIT $n and 17.4k/s with the number written in (the same
  // plan). The number is checked, so nothing but digits reaches the text.
  limit: (n) => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`a LIMIT must be a whole number, not ${n}`);
    return { sql: `LIMIT ${n}`, params: [] };
  },
};

/**
 * The dialect of a Prisma client or transaction. `_activeProvider` is the runtime's
 * own record of the datasource; test/data/db/dialect.test.ts pins it for both
 * generated clients, so an upgrade that moves it fails there, not in a query.
 */
export function dialectOf(db: object): Dialect {
  const provider = (db as { _activeProvider?: string })._activeProvider;
  if (provider === "sqlite") return SQLITE;
  if (provider === "postgresql" || provider === "postgres") return POSTGRES;
  throw new Error(`no SQL dialect for the provider ${String(provider)}`);
}
