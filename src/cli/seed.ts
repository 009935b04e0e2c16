import { loadConfig } from "../config.ts";
import { databaseLocation, redacted } from "../data/db/location.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { loadSeed } from "../ingest/load-seed.ts";
import { noArgs } from "./args.ts";

noArgs(`usage: npm run seed
  Loads the seed corpus (seeds/articles through the pipeline, then seeds/curation.json)
  into the database at DATABASE_URL; documents already present are skipped.`);

const config = loadConfig();
const location = databaseLocation(config.DATABASE_URL);
const { db } = await openMigratedDb(location);
try {
  const s = await loadSeed(db);
  console.log(`seed: ${s.created} document(s) loaded, ${s.skipped} already present (${redacted(location)})`);
} catch (err) {
  console.error(`seed failed, nothing was written: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
