import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { copyPostgresToSqlite } from "../../../src/data/db/pg-to-sqlite.ts";
import { writeRelease } from "../../../src/release/write-release.ts";
import { build, TEST_KEY, tempDir } from "../../helper.ts";
import { skipWithoutPostgres, tempPostgres } from "../../pg.ts";

// A release of a PostgreSQL deployment carries its data as a SQLite file too: the copy
// must serve what PostgreSQL serves, after writes of every kind, search included.

if (!skipWithoutPostgres(t)) {
  const database = await tempPostgres(t);
  const live = await build(t, { database });
  const headers = { authorization: `Bearer ${TEST_KEY}` };
  const dir = tempDir(t);
  const file = path.join(dir, "copy.db");

  const id = "2023-11-15-biden-xi-woodside";

  t.test("writes of every kind: an ingest and a correction", async (t) => {
    const ingest = await live.inject({
      method: "POST",
      url: "/documents",
      headers,
      payload: {
        publishedAt: "2024-05-31",
        text: "SINGAPORE — U.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.",
      },
    });
    t.equal(ingest.statusCode, 201);
    const etag = (await live.inject(`/events/${id}`)).headers.etag as string;
    const corrected = await live.inject({
      method: "POST",
      url: `/events/${id}/corrections`,
      headers: { ...headers, "if-match": etag },
      payload: { reason: "The readout lists trade among the issues raised.", addTopics: ["trade"] },
    });
    t.equal(corrected.statusCode, 200, corrected.body);
  });

  t.test("the copy serves what PostgreSQL serves", async (t) => {
    const { tables, rows } = await copyPostgresToSqlite(database, file);
    t.ok(tables >= 15 && rows > 100, `${tables} tables, ${rows} rows`);
    t.same(fs.readdirSync(dir), ["copy.db"], "one file, nothing beside it");
    const copy = await build(t, { database: file, seed: false });
    for (const url of [
      "/events?format=ndjson",
      "/meetings?format=ndjson&asOf=2024-01-01",
      "/officials?format=ndjson",
      "/topics?limit=100&count=true",
      "/summits/apec-2023",
      "/documents?format=ndjson",
      "/curations?format=ndjson",
      `/events/${id}`,
      `/events/${id}/history`,
      "/changes?limit=100",
      "/timeline?interval=month",
      "/places",
      "/officials/joe-biden/network",
    ])
      t.equal((await copy.inject(url)).body, (await live.inject(url)).body, url);
    // Ranks and snippets differ between FTS5 and tsvector; the hits do not.
    for (const q of ["taiwan", "Dong Jun", "fentanyl"]) {
      const hits = async (app: typeof live) =>
        ((await app.inject(`/search?q=${encodeURIComponent(q)}&limit=100`)).json().data as { id: string }[])
          .map((h) => h.id)
          .sort();
      const found = await hits(copy);
      t.ok(found.length > 0, `search ${q} finds something`);
      t.same(found, await hits(live), `search ${q}: the same hits`);
    }
  });

  t.test("an existing file is never overwritten, and a failed copy leaves nothing", async (t) => {
    await t.rejects(copyPostgresToSqlite(database, file), /exists/);
    const failed = path.join(dir, "failed.db");
    await t.rejects(copyPostgresToSqlite(`${database}_missing`, failed));
    t.notOk(fs.existsSync(failed) || fs.existsSync(`${failed}.partial`), "no file, no partial");
  });

  t.test("a release of a PostgreSQL database includes summitry.db", async (t) => {
    const out = path.join(tempDir(t), "2026.12.05");
    const { files } = await writeRelease({
      app: live,
      out,
      version: "2026.12.05",
      database,
      previous: null,
      packSdk: async () => "",
    });
    t.ok(
      files.some((f) => f.name === "summitry.db"),
      "listed in SHA256SUMS",
    );
    const served = await build(t, { database: path.join(out, "summitry.db"), seed: false });
    t.equal(
      (await served.inject("/events?format=ndjson")).body,
      (await live.inject("/events?format=ndjson")).body,
    );
  });
}
