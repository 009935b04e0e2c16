import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { diagnoseHistory, driftFromSchema } from "../../../scripts/lib/schema-engine.ts";
import { createDb } from "../../../src/data/db/client.ts";
import {
  MIGRATIONS_DIR,
  MigrationError,
  migrate,
  pendingMigrations,
  readMigrations,
} from "../../../src/data/db/migrate.ts";
import { openDatabase } from "../../../src/data/db/open.ts";
import { tempDir } from "../../helper.ts";

const dir = tempDir(t);
const file = path.join(dir, "migrated.db");
const db = openDatabase(file);
const applied = migrate(db);
db.close();

t.test("every migration in prisma/migrations is applied on a new database", async (t) => {
  t.same(
    applied,
    readMigrations().map((m) => m.name),
  );
  const again = openDatabase(file);
  t.same(migrate(again), [], "a second run applies nothing");
  t.same(pendingMigrations(again), []);
  again.close();
});

t.test("the migrated database has every model, column, nullability and index of schema.prisma", async (t) => {
  // Prisma's own schema engine compares the live database with the schema.
  t.equal(await driftFromSchema(file), "", "no difference detected");
});

t.test("the drift check fails on a database that differs from the schema", async (t) => {
  const copy = path.join(dir, "drifted.db");
  fs.copyFileSync(file, copy);
  const d = openDatabase(copy);
  d.exec(`DROP INDEX "Participant_officialId_dateMin_dateMax_idx"`);
  d.exec(`ALTER TABLE "Topic" ADD COLUMN "extra" TEXT`);
  d.close();
  const drift = await driftFromSchema(copy);
  t.match(drift, /Participant_officialId_dateMin_dateMax_idx/);
  t.match(drift, /CREATE TABLE "new_Topic"/, "the extra column means redefining Topic");
});

t.test("the history is recorded the way prisma migrate deploy expects", async (t) => {
  const d = openDatabase(file);
  const rows = d
    .prepare("SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations")
    .all() as {
    migration_name: string;
    checksum: string;
    finished_at: string;
    applied_steps_count: number;
  }[];
  d.close();
  for (const m of readMigrations()) {
    const row = rows.find((r) => r.migration_name === m.name);
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, m.name, "migration.sql"));
    t.equal(row?.checksum, createHash("sha256").update(sql).digest("hex"), `${m.name}: Prisma's checksum`);
    t.ok(row?.finished_at, `${m.name}: finished`);
  }
  const diagnosis = await diagnoseHistory(file, MIGRATIONS_DIR);
  t.same(diagnosis.editedMigrationNames, [], "Prisma sees no edited migration");
  t.same(diagnosis.failedMigrationNames, []);
  t.equal(diagnosis.history, null, "Prisma sees the history in step with the folder");
});

t.test("an applied migration edited afterwards stops start-up", async (t) => {
  const copy = path.join(dir, "edited.db");
  fs.copyFileSync(file, copy);
  const d = openDatabase(copy);
  d.prepare("UPDATE _prisma_migrations SET checksum = 'x'").run();
  t.throws(() => migrate(d), MigrationError);
  d.close();
});

t.test("connections run with WAL, foreign keys and a busy timeout", async (t) => {
  const client = await createDb(file);
  t.teardown(() => client.$disconnect());
  const one = async (sql: string) =>
    Object.values((await client.$queryRawUnsafe<Record<string, unknown>[]>(sql))[0] ?? {})[0];
  t.equal(await one("PRAGMA journal_mode"), "wal");
  t.equal(Number(await one("PRAGMA foreign_keys")), 1);
  t.ok(Number(await one("PRAGMA busy_timeout")) >= 5000);
  await t.rejects(
    client.participant.create({ data: { eventId: "no-such-event", officialId: "nobody" } }),
    "foreign keys are enforced",
  );
});
