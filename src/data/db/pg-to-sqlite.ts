import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { rebuildStatements } from "../sql/index-sql.ts";
import { SQLITE } from "./dialect.ts";
import { EXTERNAL_TABLES } from "./external-tables.ts";
import { migrate } from "./migrate.ts";

// Tables the copy leaves to SQLite itself: the migrator's own, AUTOINCREMENT's counters,
// and the search index, which is rebuilt from the copied rows in SQLite's own form.
const NOT_COPIED = new Set(["_prisma_migrations", "sqlite_sequence", "SearchEntry", ...EXTERNAL_TABLES]);

/** A PostgreSQL value as Prisma's SQLite adapter stores it. */
function toSqlite(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace(/Z$/, "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v !== null && typeof v === "object" && !Buffer.isBuffer(v)) return JSON.stringify(v);
  return v;
}

/**
 * The data of a PostgreSQL database as a SQLite file with the same schema: a dataset
 * release carries one whichever backend served it. Every table the SQLite migrations
 * create is filled from its PostgreSQL namesake, read in one repeatable-read
 * transaction so the file is one committed state; the search index is rebuilt. Written
 * beside the target and renamed into place once checked, like a backup.
 */
export async function copyPostgresToSqlite(
  url: string,
  target: string,
): Promise<{ tables: number; rows: number }> {
  if (fs.existsSync(target)) throw new Error(`${target} exists: choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const db = new Database(partial);
  try {
    migrate(db);
    db.pragma("foreign_keys = OFF");
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid`).all() as {
        name: string;
      }[]
    )
      .map((t) => t.name)
      .filter((name) => !NOT_COPIED.has(name));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    let rows = 0;
    for (const table of tables) {
      const columns = (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => `"${c.name}"`);
      const { rows: data } = await client.query({
        text: `SELECT ${columns.join(", ")} FROM "${table}"`,
        rowMode: "array",
      });
      const insert = db.prepare(
        `INSERT INTO "${table}" (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      db.transaction(() => {
        db.prepare(`DELETE FROM "${table}"`).run();
        for (const row of data as unknown[][]) insert.run(row.map(toSqlite));
      })();
      rows += data.length;
    }
    await client.query("COMMIT");
    db.transaction(() => {
      for (const s of rebuildStatements(SQLITE)) db.prepare(s.sql).run(...(s.params as unknown[]));
    })();
    db.pragma("foreign_keys = ON");
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length) throw new Error(`the copy breaks ${broken.length} foreign keys`);
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
    db.close();
    fs.renameSync(partial, target);
    return { tables: tables.length, rows };
  } catch (err) {
    if (db.open) db.close();
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}
