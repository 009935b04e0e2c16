import { createDb, createReplicatedDb, type Db } from "./client.ts";
import { isPostgresUrl } from "./location.ts";
import { migrate } from "./migrate.ts";
import { migratePostgres } from "./migrate-pg.ts";
import { openDatabase } from "./open.ts";

/**
 * The one way to a ready database: migrate it with our own migrator (migrate.ts for a
 * SQLite file on a plain connection, migrate-pg.ts for PostgreSQL), then open the
 * Prisma client on it. Returns the client and the names of the migrations this call
 * applied. The server, the seed, ingest and seed-if-empty all start here.
 */
export async function openMigratedDb(location: string, replica?: Db): Promise<{ db: Db; applied: string[] }> {
  if (isPostgresUrl(location)) {
    const applied = await migratePostgres(location);
    return { db: replica ? await createReplicatedDb(location, replica) : await createDb(location), applied };
  }
  const raw = openDatabase(location);
  let applied: string[];
  try {
    applied = migrate(raw);
  } finally {
    raw.close();
  }
  return { db: await createDb(location), applied };
}
