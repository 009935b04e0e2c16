import path from "node:path";
import t from "tap";
import type { Reader } from "../../src/data/db/read-pool.ts";
import { SqliteReader } from "../../src/data/db/sqlite-reader.ts";
import { EventRepository } from "../../src/data/event-repository.ts";
import { toFtsQuery } from "../../src/lib/fts-query.ts";
import { build, tempDir } from "../helper.ts";

// Which reader a page goes to: full-text matches to the pool, filters whose cost depends
// on their values to the reader that plans each call (PgReader.perValue on PostgreSQL),
// plain pages to the main reader, whose statements stay prepared.

t.test("a page goes to the reader its filter calls for", async (t) => {
  const database = path.join(tempDir(t), "test.db");
  const app = await build(t, { database });
  const inner = new SqliteReader(database);
  t.teardown(() => inner.close());
  const calls: string[] = [];
  const spy = (name: string): Reader => ({
    dialect: inner.dialect,
    all: (sql, params) => {
      calls.push(name);
      return inner.all(sql, params);
    },
  });
  const repo = new EventRepository(app.db, spy("pool"), spy("main"), spy("filtered"));
  const first = async (run: () => Promise<unknown>) => {
    calls.length = 0;
    await run();
    return calls[0];
  };
  t.equal(await first(() => repo.list({ meetingsOnly: true }, "-date", 5)), "main");
  t.equal(await first(() => repo.listStored({ meetingsOnly: false }, "-date", 5)), "main");
  t.equal(
    await first(() => repo.count({ meetingsOnly: true, officials: [] })),
    "main",
    "an empty list filters nothing",
  );
  t.equal(
    await first(() => repo.list({ meetingsOnly: true, officials: ["joe-biden"] }, "-date", 5)),
    "filtered",
  );
  t.equal(
    await first(() => repo.listStored({ meetingsOnly: true, from: "2023-01-01" }, "-date", 5)),
    "filtered",
  );
  t.equal(await first(() => repo.count({ meetingsOnly: false, country: "CN" })), "filtered");
  const match = toFtsQuery("summit");
  t.equal(await first(() => repo.list({ meetingsOnly: true, match }, "-date", 5)), "pool");
  t.equal(await first(() => repo.get("no-such-event", true)), "main", "a detail is a lookup by key");
});
