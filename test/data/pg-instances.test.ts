import t from "tap";
import { RECHECK_MS } from "../../src/data/dataset-version.ts";
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
}
