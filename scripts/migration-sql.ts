// Prints the SQL that takes the database described by a migrations folder to its
// schema, the way `prisma migrate diff` would. With --from-empty it is the whole schema.
//   SQLite:      prisma/migrations          -> prisma/schema.prisma
//   --postgres:  prisma/postgres/migrations -> prisma/postgres/schema.prisma (needs PG_URL,
//                a server where this may create and drop a scratch database)
// Save the output as <migrations>/<stamp>_<name>/migration.sql.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../src/data/db/migrate.ts";
import { migratePostgres } from "../src/data/db/migrate-pg.ts";
import { openDatabase } from "../src/data/db/open.ts";
import { createTempDatabase } from "./lib/pg-temp.ts";
import { sqlFromDatabase, sqlFromEmpty } from "./lib/schema-engine.ts";

const fromEmpty = process.argv.includes("--from-empty");

async function postgres(): Promise<string> {
  const admin = process.env.PG_URL;
  if (!admin) throw new Error("--postgres needs PG_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres");
  const temp = await createTempDatabase(admin, "summitry_sql");
  try {
    if (!fromEmpty) await migratePostgres(temp.url);
    return fromEmpty ? await sqlFromEmpty(temp.url) : await sqlFromDatabase(temp.url);
  } finally {
    await temp.drop();
  }
}

async function sqlite(): Promise<string> {
  if (fromEmpty) return sqlFromEmpty();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-sql-"));
  try {
    const file = path.join(dir, "current.db");
    const db = openDatabase(file);
    migrate(db);
    db.close();
    return await sqlFromDatabase(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.stdout.write(await (process.argv.includes("--postgres") ? postgres() : sqlite()));
