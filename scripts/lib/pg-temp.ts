// A throwaway PostgreSQL database on the server that adminUrl reaches: tests and the
// migration script get a fresh one each, so no run depends on state another left.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface TempDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Runs `fn` on a connection of its own to `url`, closed afterwards. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTempDatabase(adminUrl: string, prefix = "summitry_tmp"): Promise<TempDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  // The names are made here from [a-z0-9_], so quoting them is enough.
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // FORCE closes connections a failed test left open (PostgreSQL 13+).
    drop: () =>
      withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * Makes sure the database at `url` holds nothing before a synthetic build: refuses one
 * with tables unless `force`, which drops its public schema (and everything in it).
 */
export async function emptyPostgres(url: string, force: boolean): Promise<void> {
  await withClient(url, async (c) => {
    const r = await c.query("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
    if (Number(r.rows[0]?.n ?? 0) === 0) return;
    if (!force) throw new Error("the database has tables; pass --force to drop its public schema first");
    await c.query("DROP SCHEMA public CASCADE");
    await c.query("CREATE SCHEMA public");
  });
}
