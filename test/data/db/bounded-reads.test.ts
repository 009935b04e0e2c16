import t from "tap";
import { POSTGRES } from "../../../src/data/db/dialect.ts";
import { BoundedReads, type Reader } from "../../../src/data/db/read-pool.ts";
import { BusyError } from "../../../src/lib/errors.ts";
import { build } from "../../helper.ts";
import { PG_URL, tempPostgres } from "../../pg.ts";

// PostgreSQL's heavy reads take turns (READ_THREADS at a time), so that a burst of
// worst-case searches leaves connections and CPU to everything else.

/** A reader whose reads finish when the test says so. */
function heldReader() {
  const waiting: (() => void)[] = [];
  let started = 0;
  const reader: Reader = {
    dialect: POSTGRES,
    all: () => {
      started++;
      return new Promise((resolve) => waiting.push(() => resolve([{ ok: 1 }])));
    },
  };
  return { reader, started: () => started, finishOne: () => waiting.shift()?.() };
}

t.test("at most `slots` heavy reads run at once; the rest wait their turn", async (t) => {
  const held = heldReader();
  const reads = new BoundedReads(held.reader, 1, 5);
  const first = reads.all("SELECT 1", []);
  const second = reads.all("SELECT 1", []);
  await new Promise((r) => setImmediate(r));
  t.equal(held.started(), 1, "the second has not started");
  t.equal(reads.queued, 1);
  held.finishOne();
  t.same(await first, [{ ok: 1 }]);
  await new Promise((r) => setImmediate(r));
  t.equal(held.started(), 2, "it starts once the first is done");
  held.finishOne();
  t.same(await second, [{ ok: 1 }]);
  t.equal(reads.queued, 0);
});

t.test("a full queue rejects at once with a BusyError", async (t) => {
  const held = heldReader();
  const reads = new BoundedReads(held.reader, 1, 1);
  const running = reads.all("SELECT 1", []);
  const queued = reads.all("SELECT 1", []);
  await t.rejects(reads.all("SELECT 1", []), BusyError);
  t.equal(held.started(), 1);
  held.finishOne();
  await running;
  await new Promise((r) => setImmediate(r));
  held.finishOne();
  await queued;
});

t.test(
  "PostgreSQL: a full queue of heavy reads answers 503, other reads go on",
  {
    skip: PG_URL ? false : "PG_URL is not set",
  },
  async (t) => {
    const app = await build(t, { database: await tempPostgres(t), readThreads: 1, readQueue: 1 });
    const running = app.reads.all("SELECT pg_sleep(0.5)::text AS slept", []);
    const queued = app.reads.all("SELECT pg_sleep(0.5)::text AS slept", []);
    const res = await app.inject("/search?q=fentanyl");
    t.equal(res.statusCode, 503);
    t.equal(res.headers["retry-after"], "1");
    t.equal((await app.inject("/meetings/2023-11-15-biden-xi-woodside")).statusCode, 200);
    await Promise.all([running, queued]);
    t.equal((await app.inject("/search?q=fentanyl")).statusCode, 200, "served once the queue drains");
  },
);
