import { openMigratedDb } from "../data/db/open-migrated.ts";
import { loadSeed } from "./load-seed.ts";

/**
 * Migrates the file and, when it holds no document, loads the seed corpus: what the
 * server does before it builds the app (see server.ts). Returns how many documents
 * were loaded, or null when the database already had some.
 */
export async function seedIfEmpty(file: string): Promise<number | null> {
  const { db } = await openMigratedDb(file);
  try {
    if ((await db.document.count()) > 0) return null;
    return (await loadSeed(db)).created;
  } finally {
    await db.$disconnect();
  }
}
