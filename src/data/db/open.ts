import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const BUSY_TIMEOUT_MS = 5000;

// Every connection, the app's and the tools', gets the same pragmas: WAL so reads
// never wait for the writer, enforced foreign keys, and a busy timeout instead of
// an immediate SQLITE_BUSY when another process holds the write lock.
export function applyPragmas(db: Database.Database): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

export function openDatabase(file: string): Database.Database {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  applyPragmas(db);
  return db;
}
