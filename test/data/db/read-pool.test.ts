import t from "tap";
import { build } from "../../helper.ts";

// A read that keeps a worker busy for a while (counts 5 million rows).
const SLOW =
  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) SELECT count(*) AS c FROM n";

const app = await build(t, { readThreads: 1, readQueue: 1 });
const pool = app.reads;

t.test("other requests are answered while a heavy read runs", async (t) => {
  let done = false;
  const slow = pool.all(SLOW, []).then((rows) => {
    done = true;
    return rows;
  });
  const health = await app.inject("/health");
  t.equal(health.statusCode, 200);
  const meeting = await app.inject("/meetings/2023-11-15-biden-xi-woodside");
  t.equal(meeting.statusCode, 200);
  t.notOk(done, "answered before the heavy read finished");
  t.same(await slow, [{ c: 5000000 }]);
});

t.test("a full queue answers 503 with Retry-After instead of waiting", async (t) => {
  const running = pool.all(SLOW, []);
  const queued = pool.all(SLOW, []);
  const res = await app.inject("/search?q=fentanyl");
  t.equal(res.statusCode, 503);
  t.equal(res.headers["retry-after"], "1");
  t.match(res.headers["content-type"], /application\/problem\+json/);
  t.match(res.json(), { status: 503, detail: /retry/i });
  await Promise.all([running, queued]);
  const after = await app.inject("/search?q=fentanyl");
  t.equal(after.statusCode, 200, "served again once the queue drains");
  t.ok(after.json().data.length > 0);
});
