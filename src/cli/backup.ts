import { z } from "zod";
import { ConfigError, loadConfig } from "../config.ts";
import { backupDatabase } from "../data/db/backup.ts";
import { databaseLocation, isPostgresUrl } from "../data/db/location.ts";
import { cliArgs, positionals } from "./args.ts";

const USAGE = `usage: npm run backup -- <file>
  Writes a consistent copy of the database at DATABASE_URL (default
  file:./data/summitry.db) to <file>, which must not exist. Safe while the server
  runs: SQLite's online backup API copies one committed state.`;

const [target] = cliArgs(USAGE, { schema: z.object({ positionals: positionals(1, 1) }) }).positionals as [
  string,
];
try {
  const source = databaseLocation(loadConfig().DATABASE_URL);
  if (isPostgresUrl(source)) {
    throw new ConfigError(
      "npm run backup copies a SQLite file; back up PostgreSQL with its own tools (pg_dump, or the host's snapshots)",
    );
  }
  const r = await backupDatabase(source, target);
  console.log(
    `backup: ${source} -> ${r.target} (${r.pages} pages, ${(r.bytes / 2 ** 20).toFixed(1)} MiB, integrity ok)`,
  );
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `backup failed: ${(err as Error).message}`);
  process.exit(1);
}
