import { loadConfig } from "../config.ts";
import { createDb } from "../data/db/client.ts";
import { migrate } from "../data/db/migrate.ts";
import { openDatabase } from "../data/db/open.ts";
import { sqlitePath } from "../data/db/sqlite-url.ts";
import { loadSeed } from "../ingest/load-seed.ts";

const config = loadConfig();
const file = sqlitePath(config.DATABASE_URL);
const raw = openDatabase(file);
migrate(raw);
raw.close();
const db = await createDb(file);
try {
  const s = await loadSeed(db);
  console.log(`seed: ${s.created} document(s) loaded, ${s.skipped} already present (${file})`);
} catch (err) {
  console.error(`seed failed, nothing was written: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
