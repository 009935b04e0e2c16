// Prints the SQL that takes the database described by prisma/migrations to
// prisma/schema.prisma, the way `prisma migrate diff` would. With --from-empty it is
// the whole schema. Save it as prisma/migrations/<stamp>_<name>/migration.sql.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../src/data/db/migrate.ts";
import { openDatabase } from "../src/data/db/open.ts";
import { sqlFromDatabase, sqlFromEmpty } from "./lib/schema-engine.ts";

if (process.argv.includes("--from-empty")) {
  process.stdout.write(await sqlFromEmpty());
} else {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-sql-"));
  const file = path.join(dir, "current.db");
  const db = openDatabase(file);
  migrate(db);
  db.close();
  process.stdout.write(await sqlFromDatabase(file));
  fs.rmSync(dir, { recursive: true, force: true });
}
