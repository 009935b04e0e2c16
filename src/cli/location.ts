import { ConfigError, loadConfig } from "../config.ts";
import { databaseLocation } from "../data/db/location.ts";

/** The database a command works on (DATABASE_URL); a bad setting exits 1 with its message. */
export function cliDatabase(): string {
  try {
    return databaseLocation(loadConfig().DATABASE_URL);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
