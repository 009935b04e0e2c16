import fs from "node:fs";
import path from "node:path";
import t, { type Test } from "tap";
import { createDb, type Db } from "../../src/data/db/client.ts";
import { migrate } from "../../src/data/db/migrate.ts";
import { openDatabase } from "../../src/data/db/open.ts";
import { loadSeed } from "../../src/ingest/load-seed.ts";
import { SEEDS_DIR } from "../../src/lib/paths.ts";
import { SeedError } from "../../src/lib/seed-error.ts";
import { tempDir } from "../helper.ts";

const TABLES = [
  "Document",
  "Official",
  "OfficialAlias",
  "Role",
  "Topic",
  "TopicKeyword",
  "Summit",
  "Event",
  "Participant",
  "EventTopic",
  "EventSource",
  "Evidence",
];

async function freshDb(t: Test): Promise<Db> {
  const file = path.join(tempDir(t), "seed.db");
  const raw = openDatabase(file);
  migrate(raw);
  raw.close();
  const db = await createDb(file);
  t.teardown(() => db.$disconnect());
  return db;
}

/** Every row of every table, so "changes nothing" can be checked exactly. */
async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES)
    out[table] = await db.$queryRawUnsafe(`SELECT * FROM "${table}" ORDER BY rowid`);
  return out;
}

function copySeeds(t: Test): string {
  const dir = path.join(tempDir(t), "seeds");
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  return dir;
}

t.test("a second seed run changes nothing", async (t) => {
  const db = await freshDb(t);
  const first = await loadSeed(db);
  t.equal(first.created, 5);
  const before = await dump(db);
  const second = await loadSeed(db);
  t.equal(second.created, 0);
  t.equal(second.skipped, 5);
  t.same(await dump(db), before);
});

t.test("a bad article header aborts with file and field, before any write", async (t) => {
  const db = await freshDb(t);
  const dir = copySeeds(t);
  const file = path.join(dir, "articles", "004_c2bc8e27856a4b4b.txt");
  fs.writeFileSync(
    file,
    fs.readFileSync(file, "utf8").replace('publishedAt: "2023-10"', 'publishedAt: "2023-13"'),
  );
  await t.rejects(loadSeed(db, dir), {
    name: "SeedError",
    message: /articles\/004_c2bc8e27856a4b4b\.txt: header: publishedAt/,
  });
  t.equal(await db.document.count(), 0);
  t.equal(await db.official.count(), 0);
});

t.test("a curation entry for an event that does not exist is refused, naming the entry", async (t) => {
  const db = await freshDb(t);
  const dir = copySeeds(t);
  const file = path.join(dir, "curation.json");
  const c = JSON.parse(fs.readFileSync(file, "utf8"));
  c.entries.push({
    key: "ghost",
    event: "1999-01-01-nobody",
    by: "test",
    reason: "an entry that cannot apply",
    delete: true,
  });
  fs.writeFileSync(file, JSON.stringify(c));
  await t.rejects(
    loadSeed(db, dir),
    /curation\.json: entries\.\d+ \(ghost\): event: no event 1999-01-01-nobody/,
  );
  t.equal(await db.document.count(), 0, "the articles ingested before it were rolled back");
});

t.test("a curated quote that is not at its offsets is refused", async (t) => {
  const db = await freshDb(t);
  const dir = copySeeds(t);
  const file = path.join(dir, "curation.json");
  const c = JSON.parse(fs.readFileSync(file, "utf8"));
  const entry = c.entries.find((e: any) => e.create);
  entry.create.sources[0].evidence[0].start += 1;
  fs.writeFileSync(file, JSON.stringify(c));
  await t.rejects(
    loadSeed(db, dir),
    /create\.sources\.0\.evidence\.0: the quote is not the document.s text at/,
  );
});

t.test("a failure in the middle of writing leaves the database as it was", async (t) => {
  const db = await freshDb(t);
  await loadSeed(db);
  const before = await dump(db);
  const dir = copySeeds(t);
  // A new article that claims an existing document's id passes every file check
  // and fails only when written, after reference data and other articles.
  const text = fs.readFileSync(path.join(dir, "articles", "003_bee8a7c47539fb24.txt"), "utf8");
  fs.writeFileSync(path.join(dir, "articles", "999_clash.txt"), `${text}\nAn extra line.\n`);
  // and reference data that would change if it were committed
  const refFile = path.join(dir, "reference", "topics.json");
  const ref = JSON.parse(fs.readFileSync(refFile, "utf8"));
  ref.topics[0].name = "Changed";
  fs.writeFileSync(refFile, JSON.stringify(ref));
  await t.rejects(loadSeed(db, dir), SeedError);
  t.same(await dump(db), before, "rolled back whole");
});

t.test("a malformed reference file names the file and the field", async (t) => {
  const db = await freshDb(t);
  const dir = copySeeds(t);
  const refFile = path.join(dir, "reference", "officials.json");
  const ref = JSON.parse(fs.readFileSync(refFile, "utf8"));
  ref.officials[2].country = "XX";
  fs.writeFileSync(refFile, JSON.stringify(ref));
  await t.rejects(loadSeed(db, dir), /reference\/officials\.json: officials\.2\.country/);
  fs.writeFileSync(refFile, "{ not json");
  await t.rejects(loadSeed(db, dir), /reference\/officials\.json: cannot read JSON/);
});
