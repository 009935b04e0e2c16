import { createDb, type Db } from "./client.ts";
import { migrate } from "./migrate.ts";
import { openDatabase } from "./open.ts";

/**
 * The one way to a ready database: migrate the file on a plain connection (our own
 * migrator, see migrate.ts), then open the Prisma client on it. Returns the client and
 * the names of the migrations this call applied. The server, the seed, ingest and
 * seed-if-empty all start here.
 */
export async function openMigratedDb(file: string): Promise<{ db: Db; applied: string[] }> {
  const raw = openDatabase(file);
  let applied: string[];
  try {
    applied = migrate(raw);
  } finally {
    raw.close();
  }
  return { db: await createDb(file), applied };
}
