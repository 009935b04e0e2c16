// A read-only SQLite connection that keeps its prepared statements: shared by the read
// pool's workers (read-worker.mjs) and the main thread's reader (sqlite-reader.ts).
// Plain JavaScript so it loads in any worker, whatever TypeScript loader the main
// thread uses.
import Database from "better-sqlite3";

// Queries are built from a few shapes, but filters vary their length: the cache is
// bounded, and cleared whole when full (cheaper than tracking use for a rare event).
export const MAX_STATEMENTS = 200;

/** Opens `file` read-only; `all(sql, params)` prepares each statement text once. */
export function openReadConnection(file) {
  const conn = new Database(file, { readonly: true, fileMustExist: true });
  conn.pragma("busy_timeout = 5000");
  const statements = new Map();
  const prepared = (sql) => {
    let st = statements.get(sql);
    if (!st) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      st = conn.prepare(sql);
      statements.set(sql, st);
    }
    return st;
  };
  return {
    all: (sql, params) => prepared(sql).all(...params),
    /** Statements kept prepared. */
    get prepared() {
      return statements.size;
    },
    close: () => conn.close(),
  };
}
