import t from "tap";
import { migratePostgres } from "../../src/data/db/migrate-pg.ts";
import { build, TEST_KEY } from "../helper.ts";
import { skipWithoutPostgres, tempPostgres } from "../pg.ts";

// READ_DATABASE_URLS: reads go to a replica, writes to the primary, /ready checks both.
// No replication runs here, so the "replica" is a second database that stays empty: a
// read that returns nothing came from it, and a write that lands came to the primary.

if (!skipWithoutPostgres(t)) {
  const primary = await tempPostgres(t);
  const replica = await tempPostgres(t);
  await migratePostgres(replica);
  const app = await build(t, { database: primary, readReplicas: [replica], apiKeys: [TEST_KEY] });

  t.test("lists, details, counts and search read the replica", async (t) => {
    t.same((await app.inject("/events?limit=5")).json().data, [], "the empty replica's events");
    t.equal((await app.inject("/events/2023-11-15-biden-xi-woodside")).statusCode, 404);
    t.same((await app.inject("/officials?limit=5")).json().data, [], "model reads too");
    t.same((await app.inject("/search?q=trade")).json().data, []);
  });

  t.test("writes go to the primary", async (t) => {
    const res = await app.inject({
      method: "POST",
      url: "/events/2023-11-15-biden-xi-woodside/corrections",
      headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": "*" },
      payload: { reason: "The readout lists trade among the issues raised.", addTopics: ["trade"] },
    });
    t.equal(res.statusCode, 200, res.body);
    t.ok(
      res.json().event.topics.some((x: { id: string }) => x.id === "trade"),
      "the primary's event, corrected",
    );
  });

  t.test("/ready checks the primary and each replica", async (t) => {
    const ok = await app.inject("/ready");
    t.equal(ok.statusCode, 200);
    t.match(ok.json(), { status: "ready", replicas: 1 });
    // The replica goes away: the server should stop receiving traffic, and say why.
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: process.env.PG_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE "${new URL(replica).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
    const down = await app.inject("/ready");
    t.equal(down.statusCode, 503);
    t.match(down.json().detail, /read replica 1 of 1 unreachable/);
  });
}
