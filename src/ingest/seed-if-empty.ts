import { openMigratedDb } from "../data/db/open-migrated.ts";
import { writeLockFor } from "../data/db/write-lock.ts";
import { WriteQueue } from "../data/write-queue.ts";
import { loadSeed } from "./load-seed.ts";

/**
 * Migrates the database and, when it holds no document, loads the seed corpus: what the
 * server does before it builds the app (see server.ts). Returns how many documents
 * were loaded, or null when the database already had some.
 */
export async function seedIfEmpty(location: string): Promise<number | null> {
  const { db } = await openMigratedDb(location);
  // Instances that start together on one PostgreSQL database: one seeds, the others
  // wait for the write lock and then find documents.
  const writes = new WriteQueue(writeLockFor(location));
  try {
    return await writes.run(async () => {
      if ((await db.document.count()) > 0) return null;
      return (await loadSeed(db)).created;
    });
  } finally {
    await writes.close();
    await db.$disconnect();
  }
}
