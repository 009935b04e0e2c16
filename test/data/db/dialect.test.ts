import t from "tap";
import { createPostgresDb, createSqliteDb } from "../../../src/data/db/client.ts";
import { dialectOf, numbered, POSTGRES, SQLITE } from "../../../src/data/db/dialect.ts";
import { prismaReader } from "../../../src/data/query.ts";
import { pageSql } from "../../../src/data/sql/event-sql.ts";
import { tempDir } from "../../helper.ts";
import { PG_URL, tempPostgres } from "../../pg.ts";

t.test("? marks are numbered in order, never inside literals, identifiers or comments", async (t) => {
  t.equal(numbered(`SELECT ? AS a, ? AS b`), `SELECT $1 AS a, $2 AS b`);
  t.equal(numbered(`SELECT '?' AS "what?", ? -- why?\n, ?`), `SELECT '?' AS "what?", $1 -- why?\n, $2`);
  t.equal(
    numbered(`SELECT 'it''s ?', ?`),
    `SELECT 'it''s ?', $1`,
    "a doubled quote stays inside the literal",
  );
  t.equal(numbered(`SELECT 1`), `SELECT 1`);
  t.equal(SQLITE.sql(`SELECT ?`), `SELECT ?`, "SQLite takes the marks as they are");
});

t.test("a page's LIMIT is bound on SQLite and written in on PostgreSQL", async (t) => {
  // Bound, PostgreSQL's prepared page costed its generic plan for a tenth of the table
  // and planned the page anew on every call.
  const lite = pageSql(SQLITE, { meetingsOnly: true }, "-date", 20, undefined, "f");
  t.match(lite.sql, / LIMIT \?$/);
  t.equal(lite.params.at(-1), 21, "the page size and one more, to know there is a next");
  const pg = pageSql(POSTGRES, { meetingsOnly: true }, "-date", 20, { key: "2024-01-01", id: "e" }, "f");
  t.match(pg.sql, / LIMIT 21$/);
  t.same(pg.params, ["f", "2024-01-01", "e"], "the format and the cursor, no page size");
  for (const n of [1.5, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
    t.throws(() => POSTGRES.limit(n), /whole number/, `${n} never reaches the text`);
  }
});

t.test("each client reports its dialect, inside transactions too", async (t) => {
  const db = await createSqliteDb(`${tempDir(t)}/d.db`);
  t.teardown(() => db.$disconnect());
  t.equal(dialectOf(db), SQLITE);
  await db.$transaction(async (tx) => {
    t.equal(dialectOf(tx), SQLITE);
  });
  t.throws(() => dialectOf({}), /no SQL dialect/);
});

t.test(
  "the PostgreSQL client's dialect, and its spellings run",
  { skip: PG_URL ? false : "PG_URL is not set" },
  async (t) => {
    const db = await createPostgresDb(await tempPostgres(t));
    t.teardown(() => db.$disconnect());
    t.equal(dialectOf(db), POSTGRES);
    await db.$transaction(async (tx) => {
      t.equal(dialectOf(tx), POSTGRES);
    });
    const read = prismaReader(db);
    const rows = await read.all(
      `SELECT (${POSTGRES.jsonRows({ v: "x.v" }, "x.v DESC")}) AS j, ${POSTGRES.least("3", "1", "2")} AS l
     FROM (SELECT CAST("value" AS integer) AS v FROM (${POSTGRES.jsonValues()}) AS ids) x`,
      [JSON.stringify([1, 3, 2])],
    );
    t.same(rows, [{ j: '[{"v" : 3}, {"v" : 2}, {"v" : 1}]', l: 1 }]);
  },
);
