import { loadConfig } from "../config.ts";
import { migrate } from "../data/db/migrate.ts";
import { openDatabase } from "../data/db/open.ts";
import { sqlitePath } from "../data/db/sqlite-url.ts";
import { noArgs } from "./args.ts";

noArgs(`usage: npm run db:migrate
  Applies the pending migrations in prisma/migrations to the database at DATABASE_URL
  (default file:./data/summitry.db), creating the file if needed.`);

const file = sqlitePath(loadConfig().DATABASE_URL);
const db = openDatabase(file);
try {
  const applied = migrate(db);
  console.log(applied.length ? `applied ${applied.join(", ")} to ${file}` : `${file} is up to date`);
} finally {
  db.close();
}
