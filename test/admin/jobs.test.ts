import path from "node:path";
import t from "tap";
import { buildApp } from "../../src/app.ts";
import { loadSeed } from "../../src/ingest/load-seed.ts";
import { build, getJson, tempDir } from "../helper.ts";

const ADMIN = "ada-admin-key-0123456789ab";
const EDITOR = "alice-editor-key-0123456789";
const app = await build(t, { apiKeys: [`ada:admin:${ADMIN}`, `alice:editor:${EDITOR}`] });
const as = (key: string) => ({ authorization: `Bearer ${key}` });

t.test("an admin starts a re-extraction in the background and follows it to its report", async (t) => {
  const editor = await app.inject({ method: "POST", url: "/admin/reextract", headers: as(EDITOR) });
  t.equal(editor.statusCode, 403, "editors may not");
  const started = await app.inject({ method: "POST", url: "/admin/reextract", headers: as(ADMIN) });
  t.equal(started.statusCode, 202, started.body);
  const job = started.json();
  t.equal(started.headers.location, `/admin/jobs/${job.id}`);
  t.match(job, { kind: "reextract", state: "running", by: "ada" });
  const busy = await app.inject({ method: "POST", url: "/admin/reextract", headers: as(ADMIN) });
  t.equal(busy.statusCode, 409, "one at a time");
  // Reads are answered while it runs.
  await getJson(t, app, "/meetings?limit=5");
  await app.repos.jobs.idle();
  const done = await app.inject({ url: `/admin/jobs/${job.id}`, headers: as(ADMIN) });
  t.equal(done.statusCode, 200);
  t.match(done.json(), {
    state: "succeeded",
    progress: { done: 5, total: 5 },
    report: { documents: 5, failedDocuments: [], events: { added: 0, removed: 0, changed: 0 } },
  });
  t.type(done.json().finishedAt, "string");
  t.equal((await app.inject({ url: `/admin/jobs/${job.id}` })).statusCode, 401, "jobs are for admins");
  t.equal(
    (await app.inject({ url: "/admin/jobs/0b8e2f4c-6b1d-4d38-9a51-2f1c6f7e9a10", headers: as(ADMIN) }))
      .statusCode,
    404,
  );
  t.equal((await app.inject({ url: "/admin/jobs/not-a-uuid", headers: as(ADMIN) })).statusCode, 400);
});

t.test("a job outlives the process, and a restart fails the job it cut short", async (t) => {
  const file = path.join(tempDir(t), "jobs.db");
  const open = () =>
    buildApp(
      {
        database: file,
        apiKeys: [`ada:admin:${ADMIN}`],
        security: { rateLimitMax: 0, maxEventLoopDelay: 0 },
      },
      { logger: false },
    );
  const first = await open();
  await loadSeed(first.db);
  const finished = (
    await first.inject({ method: "POST", url: "/admin/reextract", headers: as(ADMIN) })
  ).json();
  await first.repos.jobs.idle();
  // A second job whose process died before it ended: its row still says running.
  const cut = (await first.inject({ method: "POST", url: "/admin/reextract", headers: as(ADMIN) })).json();
  await first.repos.jobs.idle();
  await first.db.job.update({ where: { id: cut.id }, data: { state: "running", finishedAt: null } });
  await first.close();

  const second = await open();
  t.teardown(() => second.close());
  const after = (id: string) => second.inject({ url: `/admin/jobs/${id}`, headers: as(ADMIN) });
  t.match((await after(finished.id)).json(), {
    state: "succeeded",
    by: "ada",
    progress: { done: 5, total: 5 },
    report: { documents: 5, events: { added: 0, removed: 0 } },
  });
  const interrupted = (await after(cut.id)).json();
  t.match(interrupted, { state: "failed", error: /^interrupted: the server stopped/ });
  t.type(interrupted.finishedAt, "string");
  const again = await second.inject({ method: "POST", url: "/admin/reextract", headers: as(ADMIN) });
  t.equal(again.statusCode, 202, "a failed job does not block the next");
  await second.repos.jobs.idle();
});
