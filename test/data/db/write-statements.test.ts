import path from "node:path";
import Database from "better-sqlite3";
import t from "tap";
import { KeepingBetterSqlite3, keepStatements } from "../../../src/data/db/write-statements.ts";
import { PrismaClient } from "../../../src/generated/prisma/client.ts";
import { tempDir } from "../../helper.ts";

// The writer's connection keeps its prepared statements (write-statements.ts): each text
// is compiled once, and each call still runs with its own arguments.

t.test("a kept statement runs with each call's arguments, as rows or raw", async (t) => {
  const conn = new Database(":memory:");
  t.teardown(() => conn.close());
  const kept = keepStatements(conn, 5);
  conn.exec(`CREATE TABLE "Item" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL)`);
  const insert = `INSERT INTO "Item" ("name") VALUES (?)`;
  t.equal(conn.prepare(insert).bind(["first"]).run().changes, 1);
  t.equal(conn.prepare(insert).bind(["second"]).run().changes, 1);
  t.equal(kept(), 1, "two inserts, one statement");
  const select = `SELECT "id", "name" FROM "Item" WHERE "id" = ?`;
  const st = conn.prepare(select).bind([2]);
  t.equal(st.reader, true);
  t.same(
    st.columns().map((c) => c.name),
    ["id", "name"],
  );
  t.same(st.raw().all(), [[2, "second"]]);
  t.same(conn.prepare(select).bind([1]).raw().all(), [[1, "first"]], "the same text, another argument");
  t.equal(conn.prepare(insert).bind(["third"]).reader, false);
  for (let i = 0; i < 8; i++) conn.prepare(`SELECT ${i}`).bind([]).raw().all();
  t.ok(kept() <= 5, `at most 5 kept (${kept()})`);
  t.same(conn.prepare(select).bind([1]).raw().all(), [[1, "first"]], "still answers after a clear");
});

t.test("Prisma's writer through it: each statement compiled once, results per call", async (t) => {
  const adapter = new KeepingBetterSqlite3({ url: path.join(tempDir(t), "w.db") });
  const db = new PrismaClient({ adapter });
  t.teardown(() => db.$disconnect());
  await db.$executeRawUnsafe(`CREATE TABLE "Item" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL)`);
  for (const name of ["a", "b", "c"])
    await db.$executeRawUnsafe(`INSERT INTO "Item" ("name") VALUES (?)`, name);
  const before = adapter.kept();
  const names = [];
  for (const id of [1, 2, 3])
    names.push(
      ...(await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "Item" WHERE "id" = ?`, id)).map(
        (r) => r.name,
      ),
    );
  t.same(names, ["a", "b", "c"]);
  t.equal(adapter.kept(), before + 1, "three reads of one text add one statement");
  // A transaction rolled back leaves nothing, as without the cache.
  await t.rejects(
    db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO "Item" ("name") VALUES (?)`, "d");
      throw new Error("abort");
    }),
    /abort/,
  );
  t.same(await db.$queryRawUnsafe(`SELECT count(*) AS "n" FROM "Item"`), [{ n: 3n }]);
});
