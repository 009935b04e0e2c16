import { loadConfig } from "../config.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { sqlitePath } from "../data/db/sqlite-url.ts";
import { loadSeed } from "../ingest/load-seed.ts";

const config = loadConfig();
const file = sqlitePath(config.DATABASE_URL);
const { db } = await openMigratedDb(file);
try {
  const s = await loadSeed(db);
  console.log(`seed: ${s.created} document(s) loaded, ${s.skipped} already present (${file})`);
} catch (err) {
  console.error(`seed failed, nothing was written: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
