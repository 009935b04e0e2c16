import t from "tap";
import { withClient } from "../../../scripts/lib/pg-temp.ts";
import { createPostgresDb } from "../../../src/data/db/client.ts";
import { MAX_NAMED, PgReader } from "../../../src/data/db/pg-reader.ts";
import { prismaReader } from "../../../src/data/query.ts";
import { skipWithoutPostgres, tempPostgres } from "../../pg.ts";

// The main thread's PostgreSQL reads bypass Prisma: their rows must parse with the
// schemas written for Prisma's rows, and a connection the server ends must not end the
// process.

if (!skipWithoutPostgres(t)) {
  const url = await tempPostgres(t);
  const errors: Error[] = [];
  const reader = new PgReader(url, 2, (err) => errors.push(err));
  t.teardown(() => reader.close());

  t.test("columns come as Prisma's client gives them, type by type", async (t) => {
    const db = await createPostgresDb(url, 1);
    t.teardown(() => db.$disconnect());
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    t.teardown(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    const sql = `SELECT CAST(? AS bigint) AS "n", CAST('2026-03-01 10:20:30.123' AS timestamp(3)) AS "at",
      CAST('2026-03-01' AS date) AS "day", CAST(1.5 AS numeric) AS "dec", CAST('{"a":1}' AS json) AS "j",
      CAST('{"b":2}' AS jsonb) AS "jb", CAST(ARRAY[1, 2] AS bigint[]) AS "ns", CAST(? AS text) AS "s",
      TRUE AS "b", CAST(7 AS integer) AS "i"`;
    const ours = await reader.all(sql, [5, "x"]);
    const prisma = await prismaReader(db).all(sql, [5, "x"]);
    // numeric is the one exception: Prisma gives its Decimal class, this reader a number
    // (no query of the API selects numeric).
    const [mine, theirs] = [ours, prisma].map((rows) =>
      (rows as Record<string, unknown>[]).map(({ dec, ...rest }) => [Number(dec), rest]),
    );
    t.same(mine, theirs, "the same values as through Prisma");
    const [row] = ours as Record<string, unknown>[];
    t.equal(row?.n, 5n, "a 64-bit integer is a bigint");
    t.equal(
      (row?.at as Date | undefined)?.toISOString(),
      "2026-03-01T10:20:30.123Z",
      "a timestamp without zone is UTC",
    );
    t.equal(
      (row?.day as Date | undefined)?.toISOString(),
      "2026-03-01T00:00:00.000Z",
      "a date is its UTC midnight",
    );
  });

  t.test("a Date parameter is its UTC instant, whatever the process's zone", async (t) => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    t.teardown(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    const [row] = (await reader.all(`SELECT CAST(CAST(? AS timestamp(3)) AS text) AS "v"`, [
      new Date("2026-03-01T10:20:30.123Z"),
    ])) as { v: string }[];
    t.equal(row?.v, "2026-03-01 10:20:30.123");
  });

  t.test("statements are named up to a bound, and run unnamed beyond it", async (t) => {
    const before = reader.named;
    await reader.all(`SELECT 1 AS "x"`, []);
    await reader.all(`SELECT 1 AS "x"`, []);
    t.equal(reader.named, before + 1, "one text, one name");
    for (let i = 0; i < MAX_NAMED + 5; i++) {
      const rows = await reader.all(`SELECT ${i} AS "x"`, []);
      t.same(rows, [{ x: i }]);
    }
    t.equal(reader.named, MAX_NAMED);
  });

  t.test("a statement prepared before another process changed the table is prepared again", async (t) => {
    await withClient(url, (c) => c.query(`CREATE TABLE "Widened" ("id" integer)`));
    await withClient(url, (c) => c.query(`INSERT INTO "Widened" VALUES (1)`));
    // A reader of its own, whose names are not used up by the test before.
    const fresh = new PgReader(url, 1, (err) => errors.push(err));
    t.teardown(() => fresh.close());
    const sql = `SELECT * FROM "Widened"`;
    t.same(await fresh.all(sql, []), [{ id: 1 }]);
    await withClient(url, (c) => c.query(`ALTER TABLE "Widened" ADD COLUMN "name" text`));
    t.same(await fresh.all(sql, []), [{ id: 1, name: null }]);
    t.same(await fresh.all(sql, []), [{ id: 1, name: null }]);
  });

  t.test("a connection the server ends is reported and replaced", async (t) => {
    await reader.all(`SELECT 1 AS "x"`, []);
    const name = new URL(url).pathname.slice(1);
    await withClient(url, (c) =>
      c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [name],
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
    t.ok(errors.length >= 1, "the ended idle connection is reported");
    t.same(await reader.all(`SELECT 2 AS "x"`, []), [{ x: 2 }], "the next read opens another");
  });
}
