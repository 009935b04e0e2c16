import path from "node:path";
import Database from "better-sqlite3";
import t, { type Test } from "tap";
import { MAX_STATEMENTS, openReadConnection } from "../../../src/data/db/read-connection.mjs";
import { SqliteReader } from "../../../src/data/db/sqlite-reader.ts";
import { tempDir } from "../../helper.ts";

// The main thread's own read connection (sqlite-reader.ts) and the statement cache it
// shares with the read pool's workers (read-connection.mjs).

const fileWith = (t: Test) => {
  const file = path.join(tempDir(t), "r.db");
  const w = new Database(file);
  w.pragma("journal_mode = WAL");
  w.exec(`CREATE TABLE "Item" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL)`);
  w.prepare(`INSERT INTO "Item" ("name") VALUES (?)`).run("first");
  t.teardown(() => w.close());
  return { file, w };
};

t.test("reads what another connection committed after it opened, with ? parameters", async (t) => {
  const { file, w } = fileWith(t);
  const reader = new SqliteReader(file);
  t.teardown(() => reader.close());
  t.equal(reader.dialect.name, "sqlite");
  t.same(await reader.all(`SELECT "name" FROM "Item" WHERE "id" = ?`, [1]), [{ name: "first" }]);
  w.prepare(`INSERT INTO "Item" ("name") VALUES (?)`).run("second");
  t.same(await reader.all(`SELECT "name" FROM "Item" ORDER BY "id"`, []), [
    { name: "first" },
    { name: "second" },
  ]);
});

t.test("refuses to write: the connection is read-only", async (t) => {
  const { file } = fileWith(t);
  const reader = new SqliteReader(file);
  t.teardown(() => reader.close());
  await t.rejects(reader.all(`DELETE FROM "Item" RETURNING "id"`, []), /readonly/i);
});

t.test("prepares each statement text once, and keeps a bounded number", async (t) => {
  const { file } = fileWith(t);
  const conn = openReadConnection(file);
  t.teardown(() => conn.close());
  for (let i = 0; i < 5; i++) conn.all(`SELECT "id" FROM "Item" WHERE "id" > ?`, [i]);
  t.equal(conn.prepared, 1, "five runs of one text, one statement");
  for (let i = 0; i < MAX_STATEMENTS + 10; i++) conn.all(`SELECT ${i} AS "n"`, []);
  t.ok(conn.prepared <= MAX_STATEMENTS, `at most ${MAX_STATEMENTS} kept (${conn.prepared})`);
  t.same(conn.all(`SELECT 7 AS "n"`, []), [{ n: 7 }], "still answers after the cache was cleared");
});
