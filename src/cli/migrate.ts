import { loadConfig } from "../config.ts";
import { databaseLocation, isPostgresUrl, redacted } from "../data/db/location.ts";
import { migrate } from "../data/db/migrate.ts";
import { migratePostgres } from "../data/db/migrate-pg.ts";
import { openDatabase } from "../data/db/open.ts";
import { noArgs } from "./args.ts";

noArgs(`usage: npm run db:migrate
  Applies the pending migrations to the database at DATABASE_URL (default
  file:./data/summitry.db): prisma/migrations to a SQLite file, creating it if needed,
  or prisma/postgres/migrations to a postgres:// database, which must exist.`);

const location = databaseLocation(loadConfig().DATABASE_URL);
let applied: string[];
if (isPostgresUrl(location)) {
  applied = await migratePostgres(location);
} else {
  const db = openDatabase(location);
  try {
    applied = migrate(db);
  } finally {
    db.close();
  }
}
const where = redacted(location);
console.log(applied.length ? `applied ${applied.join(", ")} to ${where}` : `${where} is up to date`);
