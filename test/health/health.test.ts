import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { build, getJson, tempDir } from "../helper.ts";

const app = await build(t, { seed: false });

t.test("/health answers while the process runs", async (t) => {
  t.same(await getJson(t, app, "/health"), { status: "ok" });
});

t.test("/ready reports the applied migrations", async (t) => {
  const body = await getJson(t, app, "/ready");
  t.equal(body.status, "ready");
  t.ok(body.migrations >= 1);
});

t.test("/ready fails with 503 when a migration is missing from the database", async (t) => {
  await app.db.$executeRawUnsafe("UPDATE _prisma_migrations SET rolled_back_at = finished_at");
  t.teardown(() => app.db.$executeRawUnsafe("UPDATE _prisma_migrations SET rolled_back_at = NULL"));
  const res = await app.inject("/ready");
  t.equal(res.statusCode, 503);
  t.match(res.headers["content-type"], /application\/problem\+json/);
  t.match(res.json().detail, /migrations not applied/);
});

t.test("unknown routes are 404 problems", async (t) => {
  const res = await app.inject("/nope");
  t.equal(res.statusCode, 404);
  t.match(res.headers["content-type"], /application\/problem\+json/);
  t.match(res.json(), { status: 404, title: "Not Found" });
});

t.test("/ready fails with 503 when the database cannot be reached", async (t) => {
  const file = path.join(tempDir(t), "lost.db");
  const lost = await build(t, { seed: false, database: file });
  t.equal((await lost.inject("/ready")).statusCode, 200);
  // The connection is dropped and the file replaced by a directory: when the client
  // reconnects, SQLite can open nothing there.
  await lost.db.$disconnect();
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(file);
  const res = await lost.inject("/ready");
  t.equal(res.statusCode, 503, res.body);
  t.match(res.json().detail, /database unreachable/);
  t.equal((await lost.inject("/health")).statusCode, 200, "the process itself is alive");
});
