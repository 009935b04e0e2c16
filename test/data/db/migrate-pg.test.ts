import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import t from "tap";
import { diagnoseHistory, driftFromSchema } from "../../../scripts/lib/schema-engine.ts";
import { MigrationError, readMigrations } from "../../../src/data/db/migrate.ts";
import {
  migratePostgres,
  PG_MIGRATIONS_DIR,
  pendingPostgresMigrations,
} from "../../../src/data/db/migrate-pg.ts";
import { tempDir } from "../../helper.ts";
import { skipWithoutPostgres, tempPostgres } from "../../pg.ts";

async function sql(url: string, text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows;
  } finally {
    await c.end();
  }
}

if (!skipWithoutPostgres(t)) {
  const url = await tempPostgres(t);
  const applied = await migratePostgres(url);

  t.test("every migration in prisma/postgres/migrations is applied on a new database", async (t) => {
    t.same(
      applied,
      readMigrations(PG_MIGRATIONS_DIR).map((m) => m.name),
    );
    t.same(await migratePostgres(url), [], "a second run applies nothing");
    t.same(await pendingPostgresMigrations(url), []);
  });

  t.test("the migrated database has every model, column and index of the PostgreSQL schema", async (t) => {
    t.equal(await driftFromSchema(url), "", "Prisma's schema engine sees no difference");
  });

  t.test("the drift check fails on a database that differs from the schema", async (t) => {
    const other = await tempPostgres(t);
    await migratePostgres(other);
    await sql(other, `DROP INDEX "Participant_officialId_dateMin_dateMax_idx"`);
    await sql(other, `ALTER TABLE "Topic" ADD COLUMN "extra" TEXT`);
    const drift = await driftFromSchema(other);
    t.match(drift, /CREATE INDEX "Participant_officialId_dateMin_dateMax_idx"/);
    t.match(drift, /DROP COLUMN "extra"/);
  });

  t.test("the history is recorded the way prisma migrate deploy expects", async (t) => {
    const rows = await sql(url, `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`);
    for (const m of readMigrations(PG_MIGRATIONS_DIR)) {
      const row = rows.find((r) => r.migration_name === m.name);
      const file = fs.readFileSync(path.join(PG_MIGRATIONS_DIR, m.name, "migration.sql"));
      t.equal(row?.checksum, createHash("sha256").update(file).digest("hex"), `${m.name}: Prisma's checksum`);
      t.ok(row?.finished_at, `${m.name}: finished`);
    }
    const diagnosis = await diagnoseHistory(url, PG_MIGRATIONS_DIR);
    t.same(diagnosis.editedMigrationNames, [], "Prisma sees no edited migration");
    t.same(diagnosis.failedMigrationNames, []);
    t.equal(diagnosis.history, null, "Prisma sees the history in step with the folder");
  });

  t.test("an applied migration edited afterwards stops start-up", async (t) => {
    const other = await tempPostgres(t);
    await migratePostgres(other);
    await sql(other, `UPDATE "_prisma_migrations" SET checksum = 'x'`);
    await t.rejects(migratePostgres(other), MigrationError);
  });

  t.test("a migration that fails leaves nothing behind and names itself", async (t) => {
    const other = await tempPostgres(t);
    const dir = tempDir(t);
    fs.mkdirSync(path.join(dir, "1_ok"));
    fs.writeFileSync(path.join(dir, "1_ok", "migration.sql"), `CREATE TABLE "A" ("id" TEXT);`);
    fs.mkdirSync(path.join(dir, "2_bad"));
    fs.writeFileSync(
      path.join(dir, "2_bad", "migration.sql"),
      `CREATE TABLE "B" ("id" TEXT); SELECT * FROM "Nope";`,
    );
    await t.rejects(migratePostgres(other, dir), { name: "MigrationError", message: /2_bad/ });
    const tables = await sql(other, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    t.same(
      tables.map((r) => r.tablename),
      ["A", "_prisma_migrations"],
      "the first migration stays; the failed one left no table",
    );
    t.same(await pendingPostgresMigrations(other, dir), ["2_bad"]);
  });

  t.test("instances starting together migrate once between them", async (t) => {
    const other = await tempPostgres(t);
    const runs = await Promise.all([migratePostgres(other), migratePostgres(other), migratePostgres(other)]);
    t.same(
      runs.flat().sort(),
      readMigrations(PG_MIGRATIONS_DIR)
        .map((m) => m.name)
        .sort(),
      "each applied once",
    );
    const [{ n }] = await sql(other, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    t.equal(n, readMigrations(PG_MIGRATIONS_DIR).length);
  });
}
