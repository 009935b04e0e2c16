import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { reextract } from "../../src/ingest/reextract.ts";
import { SEEDS_DIR } from "../../src/lib/paths.ts";
import { build, getJson, TEST_KEY, tempDir } from "../helper.ts";

// Six rebuilds of the seed and three child processes: 60-75 s on two busy cores, too near
// the suite-wide 120 s, so this file asks for more.
t.setTimeout(300_000);

const app = await build(t);
const scratchFile = path.join(tempDir(t), "scratch.db");
const EVENT = "2023-11-15-biden-xi-woodside";
const changes = async () => (await app.db.change.count()) as number;

/** A copy of the reference data in which one topic's keywords match nothing: a changed pipeline. */
function referenceWithout(topic: string): string {
  const dir = path.join(tempDir(t), "reference");
  fs.cpSync(path.join(SEEDS_DIR, "reference"), dir, { recursive: true });
  const file = path.join(dir, "topics.json");
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const x of data.topics) if (x.id === topic) x.keywords = ["zzqx no article says this"];
  fs.writeFileSync(file, JSON.stringify(data));
  return dir;
}

t.test("re-extraction with the pipeline that built the data changes nothing, twice", async (t) => {
  const before = await changes();
  const first = await reextract(app.db, { scratchFile });
  t.match(first, { documents: 5, failedDocuments: [], corrections: 16, failedCorrections: [] });
  t.match(first.events, { added: 0, removed: 0, changed: 0 });
  const second = await reextract(app.db, { scratchFile });
  t.match(second.events, {
    before: first.events.after,
    after: first.events.after,
    added: 0,
    removed: 0,
    changed: 0,
  });
  t.equal(await changes(), before, "no version was recorded");
  t.notOk(fs.existsSync(scratchFile), "the scratch database is removed");
});

t.test("an interrupted rebuild resumes after the last batch it committed", async (t) => {
  const before = await changes();
  const stopAt = (n: number) => (done: number) => {
    if (done === n) throw new Error("interrupted");
  };
  await t.rejects(reextract(app.db, { scratchFile, batchSize: 1, onProgress: stopAt(2) }), /interrupted/);
  t.equal(await changes(), before, "the live database is as it was");
  t.ok(fs.existsSync(scratchFile), "the scratch database keeps the two committed batches");
  const resumed = await reextract(app.db, { scratchFile, batchSize: 1 });
  t.match(resumed, { resumedFrom: 2, documents: 5, failedDocuments: [], corrections: 16 });
  t.match(resumed.events, { added: 0, removed: 0, changed: 0 }, "the same result as a whole run");
  t.notOk(fs.existsSync(scratchFile), "and the scratch is removed once swapped");

  // A rebuild by another pipeline, or of documents that changed since, is started afresh.
  await t.rejects(reextract(app.db, { scratchFile, batchSize: 1, onProgress: stopAt(3) }), /interrupted/);
  const other = await reextract(app.db, { scratchFile, referenceDir: referenceWithout("trade") });
  t.equal(other.resumedFrom, 0, "another pipeline version starts afresh");
  await t.rejects(reextract(app.db, { scratchFile, batchSize: 1, onProgress: stopAt(3) }), /interrupted/);
  const first = await app.db.document.findFirstOrThrow({
    orderBy: [{ publishedSort: "asc" }, { id: "asc" }],
  });
  await app.db.document.update({ where: { id: first.id }, data: { sha256: "0".repeat(64) } });
  t.teardown(() => app.db.document.update({ where: { id: first.id }, data: { sha256: first.sha256 } }));
  const changed = await reextract(app.db, { scratchFile });
  t.equal(changed.resumedFrom, 0, "a document read before the interruption changed: afresh");
  t.equal(changed.documents, 5);
});

t.test("a correction holds through re-extraction by a changed pipeline; history shows both", async (t) => {
  const tag = String((await app.inject({ url: `/events/${EVENT}` })).headers.etag);
  const res = await app.inject({
    method: "POST",
    url: `/events/${EVENT}/corrections`,
    headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": tag },
    payload: {
      reason: "Trade came up after all, says the readout.",
      addTopics: ["trade"],
      set: { title: "Reviewed title" },
    },
  });
  t.equal(res.statusCode, 200, res.body);
  const topics = (e: { topics: { id: string }[] }) => e.topics.map((x) => x.id);
  t.ok(topics(res.json().event).includes("supply-chains"), "extraction gave supply-chains");

  const report = await reextract(app.db, { scratchFile, referenceDir: referenceWithout("supply-chains") });
  t.same(report.failedCorrections, []);
  t.ok(report.events.changed >= 1, "the changed pipeline changed events");
  t.ok((report.changedFields.topics ?? 0) >= 1, "their topics");
  const event = await getJson(t, app, `/events/${EVENT}`);
  t.notOk(topics(event).includes("supply-chains"), "the new pipeline's reading");
  t.ok(topics(event).includes("trade"), "the correction's topic holds");
  t.equal(event.title, "Reviewed title", "and its title");
  const history = (await getJson(t, app, `/events/${EVENT}/history?limit=100`)).versions;
  t.match(history.slice(-2), [
    { cause: "correction", reason: "Trade came up after all, says the readout." },
    { cause: "reextraction", op: "updated", pipelineVersion: report.pipelineVersion },
  ]);
  t.ok(history.at(-1).fields.includes("topics"));
  t.ok(
    (await app.db.document.findMany()).every((d) => d.pipelineVersion === report.pipelineVersion),
    "every document records the pipeline that read it",
  );
});

t.test("a correction that no longer applies is reported, not fatal", async (t) => {
  const summit = (await app.db.summit.findFirstOrThrow()).id;
  const tag = String((await app.inject({ url: `/events/${EVENT}` })).headers.etag);
  const res = await app.inject({
    method: "POST",
    url: `/events/${EVENT}/corrections`,
    headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": tag },
    payload: { reason: "The meeting was on this summit's sidelines.", set: { summit } },
  });
  t.equal(res.statusCode, 200, res.body);
  // The next pipeline's reference no longer lists that summit.
  const dir = referenceWithout("supply-chains");
  const file = path.join(dir, "summits.json");
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  data.summits = data.summits.filter((s: { id: string }) => s.id !== summit);
  fs.writeFileSync(file, JSON.stringify(data));
  const report = await reextract(app.db, { scratchFile, referenceDir: dir });
  t.match(report.failedCorrections, [{ field: "set.summit", reason: /no summit/ }]);
  t.ok(report.events.after > 0, "the rest was rebuilt");
  t.ok(
    await app.db.correction.findFirst({ where: { body: { contains: summit } } }),
    "the correction is kept",
  );
});

t.test("SIGKILL during re-extraction leaves the database whole, and a re-run completes", async (t) => {
  const dir = tempDir(t);
  const file = path.join(dir, "kill.db");
  const whole = path.join(dir, "whole.db");
  // Consistent copies of the live database (VACUUM INTO writes a snapshot): one to kill
  // the rebuild on, one to rebuild without interruption.
  for (const f of [file, whole]) await app.db.$executeRawUnsafe(`VACUUM INTO '${f.replaceAll("'", "''")}'`);
  const run = (kill: boolean, db = file) =>
    new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "src/cli/reextract.ts", "--batch-size", "1"],
        {
          cwd: path.resolve(import.meta.dirname, "../.."),
          env: { ...process.env, DATABASE_URL: `file:${db}` },
        },
      );
      let out = "";
      child.stdout.on("data", (d) => {
        out += d;
      });
      child.stderr.on("data", (d) => {
        if (kill && /documents read/.test(String(d))) child.kill("SIGKILL");
      });
      child.on("close", (code, signal) => resolve({ code, signal, out }));
    });
  const count = async (sql: string, from = file) => {
    const { createDb } = await import("../../src/data/db/client.ts");
    const db = await createDb(from);
    try {
      return await db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    } finally {
      await db.$disconnect();
    }
  };
  const before = await count(`SELECT count(*) AS n, (SELECT count(*) FROM "Change") AS c FROM "Event"`);
  const killed = await run(true);
  t.equal(killed.signal, "SIGKILL", "killed mid-run");
  t.same(await count(`PRAGMA integrity_check`), [{ integrity_check: "ok" }]);
  t.same(await count(`PRAGMA foreign_key_check`), []);
  t.same(
    await count(`SELECT count(*) AS n, (SELECT count(*) FROM "Change") AS c FROM "Event"`),
    before,
    "as it was",
  );
  const again = await run(false);
  t.equal(again.code, 0, again.out);
  const report = JSON.parse(again.out);
  t.match(report, { documents: 5, failedDocuments: [] });
  t.ok(report.resumedFrom > 0, `the re-run resumed the killed one (after ${report.resumedFrom} documents)`);
  t.equal((await run(false, whole)).code, 0);
  const derived = `SELECT e."id", e."kind", e."status", e."title", e."startDate", e."datePrecision", e."city",
      e."country", e."summitId", e."confidence", e."version",
      (SELECT group_concat("officialId") FROM "Participant" p WHERE p."eventId" = e."id") AS "who",
      (SELECT group_concat("documentId") FROM "EventSource" s WHERE s."eventId" = e."id") AS "sources"
    FROM "Event" e ORDER BY e."id"`;
  t.same(await count(derived), await count(derived, whole), "the same events as a rebuild never interrupted");
});
