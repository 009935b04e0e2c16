import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type AppOptions, buildApp } from "../src/app.ts";
import { backupDatabase } from "../src/data/db/backup.ts";
import { storeItems } from "../src/data/event-items.ts";
import { loadSeed } from "../src/ingest/load-seed.ts";
import { digestOf } from "../src/lib/digest.ts";
import { sha256 } from "../src/lib/hash.ts";

// Seeding runs the pipeline on every seed article: about 5 s per test file, most of the
// suite's time on two cores. The seeded database depends only on the code, the seed data,
// the migrations and the installed packages, so it is built once per distinct state of
// those and each test file starts from a page-for-page copy of it. Any change to them
// gives a new key, and so a template built afresh by the real code.

const ROOT = path.resolve(import.meta.dirname, "..");
// The folders; the lockfile (the installed packages) is added to their digest.
const INPUTS = ["src", "seeds", "prisma"];
const DIR = path.join(ROOT, "test/output/seeded");

// Computed once per test process: the inputs do not change while its tests run.
let key: string | null = null;
function stateKey(): string {
  if (key) return key;
  const folders = digestOf(INPUTS.map((input) => [path.join(ROOT, input), input] as const));
  key = sha256(folders + fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8")).slice(0, 16);
  return key;
}

/** A seeded database for this state of the code and data, built on first use. */
async function template(opts: Partial<AppOptions>): Promise<string> {
  const file = path.join(DIR, `seeded-${stateKey()}.db`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(DIR, { recursive: true });
  // Unique names: two test files may build the same template at once; the rename is atomic.
  const scratch = path.join(DIR, `building-${process.pid}-${crypto.randomUUID()}.db`);
  const app = await buildApp({ ...opts, database: scratch }, { logger: false });
  try {
    await loadSeed(app.db);
    // As the server's writes do after each write: lists then read stored items.
    await storeItems(app.db, 10_000);
    const copy = `${scratch}.copy`;
    await backupDatabase(scratch, copy);
    fs.renameSync(copy, file);
  } finally {
    await app.close();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(scratch + suffix, { force: true });
  }
  // Templates of earlier states are no longer reachable by any key.
  for (const name of fs.readdirSync(DIR))
    if (name.startsWith("seeded-") && path.join(DIR, name) !== file)
      fs.rmSync(path.join(DIR, name), { force: true });
  return file;
}

/** Writes the seeded database to `file`, as loadSeed and storeItems would leave it. */
export async function copySeeded(file: string, opts: Partial<AppOptions>): Promise<void> {
  fs.copyFileSync(await template(opts), file);
}
