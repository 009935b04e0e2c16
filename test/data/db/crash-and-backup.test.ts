import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import t from "tap";
import { build, tempDir } from "../../helper.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function cli(script: string, args: string[], dbFile: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const finished = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => {
    let out = "";
    child.stdout?.on("data", (c) => {
      out += c;
    });
    child.stderr?.on("data", (c) => {
      out += c;
    });
    child.on("close", (code, signal) => resolve({ code, signal, out }));
  });

const count = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

t.test("npm run backup copies a live database consistently, and the copy serves", async (t) => {
  const live = path.join(tempDir(t), "live.db");
  const app = await build(t, { database: live });
  const file = path.join(tempDir(t), "copy.db");
  const run = await finished(cli("src/cli/backup.ts", [file], live));
  t.equal(run.code, 0, run.out);
  t.match(run.out, /integrity ok/);
  t.same(
    fs.readdirSync(path.dirname(file)),
    ["copy.db"],
    "one self-contained file: no -wal or -shm left beside it",
  );
  const copy = new Database(file, { readonly: true });
  const original = new Database(live, { readonly: true });
  for (const table of ["Document", "Event", "EventSource", "Evidence", "SearchEntry"])
    t.equal(count(copy, table), count(original, table), table);
  copy.close();
  original.close();
  const again = await finished(cli("src/cli/backup.ts", [file], live));
  t.equal(again.code, 1);
  t.match(again.out, /exists/);
  // Restoring is serving the copy: the same answers.
  const restored = await build(t, { seed: false, database: file });
  t.same(
    (await restored.inject("/meetings?limit=100")).json().data,
    (await app.inject("/meetings?limit=100")).json().data,
  );
});

t.test("SIGKILL in the middle of ingesting leaves a consistent database", async (t) => {
  const dir = tempDir(t);
  const db = path.join(dir, "crash.db");
  const seed = await finished(cli("src/cli/seed.ts", [], db));
  t.equal(seed.code, 0, seed.out);
  const articles = path.join(dir, "articles");
  fs.mkdirSync(articles);
  const seeds = fs.readdirSync(path.join(ROOT, "seeds/articles")).filter((f) => f.endsWith(".txt"));
  // Enough that the kill lands mid-run (it waits for 5 written) and the re-run has work left.
  const TOTAL = 60;
  for (let i = 0; i < TOTAL; i++) {
    const name = seeds[i % seeds.length] ?? "";
    const text = fs.readFileSync(path.join(ROOT, "seeds/articles", name), "utf8");
    fs.writeFileSync(
      path.join(articles, `${String(i).padStart(3, "0")}-${name}`),
      `${text}\n\nEditor's note ${i}.\n`,
    );
  }
  const reader = new Database(db, { readonly: true });
  const before = count(reader, "Document");
  const child = cli("src/cli/ingest.ts", [articles], db);
  const done = finished(child);
  // Kill once writing is well under way, so the kill lands mid-stream.
  while (count(reader, "Document") < before + 5) await new Promise((r) => setTimeout(r, 10));
  child.kill("SIGKILL");
  const killed = await done;
  t.equal(killed.signal, "SIGKILL");
  const after = count(reader, "Document");
  reader.close();
  t.ok(after < before + TOTAL, `killed mid-run (${after - before} of ${TOTAL} written)`);

  const check = new Database(db);
  t.equal(check.pragma("integrity_check", { simple: true }), "ok");
  t.same(check.pragma("foreign_key_check"), []);
  const orphans = check
    .prepare(
      `SELECT d."id" FROM "Document" d WHERE NOT EXISTS (SELECT 1 FROM "SearchEntry" s WHERE s."kind" = 'document' AND s."ref" = d."id")`,
    )
    .all();
  t.same(orphans, [], "every document has its search entry: it is there whole");
  const sourceless = check
    .prepare(
      `SELECT e."id" FROM "Event" e WHERE NOT EXISTS (SELECT 1 FROM "EventSource" s WHERE s."eventId" = e."id") AND NOT EXISTS (SELECT 1 FROM "Curation" c WHERE c."eventId" = e."id")`,
    )
    .all();
  t.same(sourceless, [], "no event without the document that reported it");
  check.close();

  // Running the ingest again completes the set: each article exactly once.
  const rerun = await finished(cli("src/cli/ingest.ts", [articles], db));
  t.equal(rerun.code, 0, rerun.out.slice(-500));
  const final = new Database(db, { readonly: true });
  t.equal(count(final, "Document"), before + TOTAL);
  final.close();
});
