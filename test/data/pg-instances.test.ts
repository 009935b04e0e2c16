import t from "tap";
import { RECHECK_MS } from "../../src/data/dataset-version.ts";
import { AdvisoryWriteLock } from "../../src/data/db/write-lock.ts";
import { WriteQueue } from "../../src/data/write-queue.ts";
import { seedIfEmpty } from "../../src/ingest/seed-if-empty.ts";
import { build, TEST_KEY } from "../helper.ts";
import { skipWithoutPostgres, tempPostgres } from "../pg.ts";

// Several API processes on one PostgreSQL database: the ETag comes from the database's
// own version row, so they agree, and a write through one is seen by the others.

if (!skipWithoutPostgres(t)) {
  const database = await tempPostgres(t);
  const one = await build(t, { database, apiKeys: [TEST_KEY] });
  const two = await build(t, { database, apiKeys: [TEST_KEY], seed: false });
  const etag = async (app: typeof one, url = "/meetings?limit=5") =>
    String((await app.inject({ method: "GET", url })).headers.etag);

  t.test("two instances give the same ETag for the same data", async (t) => {
    t.equal(await etag(two), await etag(one));
  });

  t.test("a write through one: that one answers with the new version at once, the other soon", async (t) => {
    const before = await etag(one);
    const event = "2023-11-15-biden-xi-woodside";
    const res = await one.inject({
      method: "POST",
      url: `/events/${event}/corrections`,
      headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": "*" },
      payload: { reason: "The readout lists trade among the issues raised.", addTopics: ["trade"] },
    });
    t.equal(res.statusCode, 200, res.body);
    const after = await etag(one);
    t.not(after, before, "the writer's next answer has a new ETag");
    // The other instance looks again once its last look is RECHECK_MS old.
    await new Promise((resolve) => setTimeout(resolve, RECHECK_MS * 2));
    t.equal(await etag(two), after, "the other instance agrees");
    const body = (await two.inject(`/events/${event}`)).json();
    t.ok(
      body.topics.some((x: { id: string }) => x.id === "trade"),
      "and serves the corrected event",
    );
  });

  t.test("writers of two processes take turns: the second waits for the first to end", async (t) => {
    const a = new WriteQueue(new AdvisoryWriteLock(database));
    const b = new WriteQueue(new AdvisoryWriteLock(database));
    t.teardown(async () => {
      await a.close();
      await b.close();
    });
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = a.run(async () => {
      order.push("a starts");
      await held;
      order.push("a ends");
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = b.run(async () => {
      order.push("b starts");
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    t.same(order, ["a starts"], "b waits while a writes");
    release();
    await Promise.all([first, second]);
    t.same(order, ["a starts", "a ends", "b starts"]);
  });

  t.test("instances starting together on an empty database seed it once", async (t) => {
    const empty = await tempPostgres(t);
    const runs = await Promise.all([seedIfEmpty(empty), seedIfEmpty(empty), seedIfEmpty(empty)]);
    t.same(runs.filter((n) => n !== null).length, 1, "one seeded, the others found documents");
  });
}
