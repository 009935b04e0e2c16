import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../prisma/migrations", import.meta.url));

// The same table Prisma's schema engine creates, so `prisma migrate deploy` on a
// machine that has the engine sees these migrations as already applied.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * The migrations a database has not applied, in order; an applied one whose file has
 * changed since (its checksum differs) stops start-up. Both engines' migrators use it.
 */
export function toApply(migrations: Migration[], applied: Map<string, string>): Migration[] {
  return migrations.filter((m) => {
    const checksum = applied.get(m.name);
    if (checksum === undefined) return true;
    if (checksum !== m.checksum)
      throw new MigrationError(`migration ${m.name} was edited after it was applied (checksum mismatch)`);
    return false;
  });
}

// Prisma writes timestamps as RFC 3339 text with an explicit offset.
const now = () => new Date().toISOString().replace("Z", "+00:00");

/** Applies pending migrations, each in its own transaction; returns the names applied. */
export function migrate(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec(MIGRATIONS_TABLE);
  const applied = new Map(
    (
      db
        .prepare(
          `SELECT migration_name, checksum FROM _prisma_migrations WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
        )
        .all() as { migration_name: string; checksum: string }[]
    ).map((r) => [r.migration_name, r.checksum]),
  );
  const done: string[] = [];
  for (const m of toApply(readMigrations(dir), applied)) {
    db.transaction(() => {
      const startedAt = now();
      db.exec(m.sql);
      db.prepare(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
      ).run(randomUUID(), m.checksum, now(), m.name, startedAt);
    })();
    done.push(m.name);
  }
  return done;
}

export function pendingMigrations(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  const hasTable = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'`)
    .get();
  const applied = new Set(
    hasTable
      ? (
          db
            .prepare(
              `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
            )
            .all() as {
            migration_name: string;
          }[]
        ).map((r) => r.migration_name)
      : [],
  );
  return readMigrations(dir)
    .map((m) => m.name)
    .filter((n) => !applied.has(n));
}
