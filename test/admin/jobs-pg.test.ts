import t from "tap";
import { build } from "../helper.ts";
import { skipWithoutPostgres, tempPostgres } from "../pg.ts";

// Re-extraction jobs on a PostgreSQL database several API processes share: a running row
// may be another live process's job, so a start must not fail it, and a second job must
// wait; a row whose process stopped beating was cut short.

const ADMIN = "ada-admin-key-0123456789ab";
const as = { authorization: `Bearer ${ADMIN}` };

if (!skipWithoutPostgres(t)) {
  const database = await tempPostgres(t);
  const one = await build(t, { database, apiKeys: [`ada:admin:${ADMIN}`] });
  const job = (id: string, heartbeatAt: Date) =>
    one.db.job.create({
      data: { id, kind: "reextract", state: "running", by: "ada", startedAt: heartbeatAt, heartbeatAt },
    });

  t.test("another process's live job: a new instance leaves it running, and refuses a second", async (t) => {
    const live = "0b8e2f4c-6b1d-4d38-9a51-2f1c6f7e9a10";
    await job(live, new Date());
    const two = await build(t, { database, apiKeys: [`ada:admin:${ADMIN}`], seed: false });
    const seen = await two.inject({ url: `/admin/jobs/${live}`, headers: as });
    t.match(seen.json(), { state: "running" }, "still running after the other instance started");
    const refused = await two.inject({ method: "POST", url: "/admin/reextract", headers: as });
    t.equal(refused.statusCode, 409, "one job at a time across processes");
    await one.db.job.update({ where: { id: live }, data: { state: "succeeded", finishedAt: new Date() } });
  });

  t.test("a job whose heartbeat stopped was cut short: read as failed, and no longer blocks", async (t) => {
    const dead = "1c9f3a5d-7c2e-4e49-8b62-3a2d7a8fab21";
    await job(dead, new Date(Date.now() - 10 * 60_000));
    const res = await one.inject({ url: `/admin/jobs/${dead}`, headers: as });
    t.match(res.json(), { state: "failed", error: /^interrupted/ });
    const started = await one.inject({ method: "POST", url: "/admin/reextract", headers: as });
    t.equal(started.statusCode, 202, started.body);
    await one.repos.jobs.idle();
    const done = await one.inject({ url: `/admin/jobs/${started.json().id}`, headers: as });
    t.match(done.json(), { state: "succeeded", progress: { done: 5, total: 5 } });
  });

  t.test("two instances asked at once start one job between them", async (t) => {
    const two = await build(t, { database, apiKeys: [`ada:admin:${ADMIN}`], seed: false });
    const codes = (
      await Promise.all(
        [one, two].map((app) => app.inject({ method: "POST", url: "/admin/reextract", headers: as })),
      )
    )
      .map((r) => r.statusCode)
      .sort();
    t.same(codes, [202, 409]);
    await Promise.all([one.repos.jobs.idle(), two.repos.jobs.idle()]);
  });
}
