import { createDb } from "../data/db/client.ts";
import { migrate } from "../data/db/migrate.ts";
import { openDatabase } from "../data/db/open.ts";
import { loadSeed } from "./load-seed.ts";

/**
 * Migrates the file and, when it holds no document, loads the seed corpus: what the
 * server does before it builds the app (see server.ts). Returns how many documents
 * were loaded, or null when the database already had some.
 */
export async function seedIfEmpty(file: string): Promise<number | null> {
  const raw = openDatabase(file);
  try {
    migrate(raw);
  } finally {
    raw.close();
  }
  const db = await createDb(file);
  try {
    if ((await db.document.count()) > 0) return null;
    return (await loadSeed(db)).created;
  } finally {
    await db.$disconnect();
  }
}
