import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { MigrationError, readMigrations, toApply } from "./migrate.ts";

export const PG_MIGRATIONS_DIR = fileURLToPath(
  new URL("../../../prisma/postgres/migrations", import.meta.url),
);

// Prisma's own table for PostgreSQL, column for column, so `prisma migrate deploy` on a
// machine that has the schema engine sees these migrations as applied.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Several API instances may start on one database at once: the one that holds this
// session lock migrates, the others wait for it and then find nothing left to apply.
const MIGRATE_LOCK = 0x53554d4d; // "SUMM"

async function appliedChecksums(client: pg.Client): Promise<Map<string, string>> {
  const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!exists.rows[0].present) return new Map();
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
  );
  return new Map(rows.map((r) => [r.migration_name, r.checksum]));
}

/** Applies pending migrations to a PostgreSQL database, each in its own transaction. */
export async function migratePostgres(url: string, dir = PG_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = await appliedChecksums(client);
    const done: string[] = [];
    for (const m of toApply(readMigrations(dir), applied)) {
      // PostgreSQL's DDL is transactional: a migration that fails leaves nothing behind.
      await client.query("BEGIN");
      try {
        const startedAt = new Date();
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, $4, 1)`,
          [randomUUID(), m.checksum, m.name, startedAt],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new MigrationError(`migration ${m.name} failed: ${(err as Error).message}`);
      }
      done.push(m.name);
    }
    return done;
  } finally {
    // Ending the session releases the lock even when a migration threw.
    await client.end();
  }
}

/** Migrations in the folder that the database has not applied. */
export async function pendingPostgresMigrations(url: string, dir = PG_MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const applied = await appliedChecksums(client);
    return readMigrations(dir)
      .map((m) => m.name)
      .filter((n) => !applied.has(n));
  } finally {
    await client.end();
  }
}
