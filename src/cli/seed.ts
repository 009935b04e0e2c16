import { loadConfig } from "../config.ts";
import { databaseLocation, redacted } from "../data/db/location.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { writeLockFor } from "../data/db/write-lock.ts";
import { WriteQueue } from "../data/write-queue.ts";
import { loadSeed } from "../ingest/load-seed.ts";
import { noArgs } from "./args.ts";

noArgs(`usage: npm run seed
  Loads the seed corpus (seeds/articles through the pipeline, then seeds/curation.json)
  into the database at DATABASE_URL; documents already present are skipped.`);

const config = loadConfig();
const location = databaseLocation(config.DATABASE_URL);
const { db } = await openMigratedDb(location);
// On PostgreSQL the seed takes its turn with the servers' writes (write-lock.ts).
const writes = new WriteQueue(writeLockFor(location));
try {
  const s = await writes.run(() => loadSeed(db));
  console.log(`seed: ${s.created} document(s) loaded, ${s.skipped} already present (${redacted(location)})`);
} catch (err) {
  console.error(`seed failed, nothing was written: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await writes.close();
  await db.$disconnect();
}
