import type { Test } from "tap";
import { createTempDatabase } from "../scripts/lib/pg-temp.ts";

/**
 * PostgreSQL for the suites that need it: PG_URL names a server (and a database on it
 * to connect to first) where each test file creates its own database and drops it at
 * the end. `.ci/run` always sets it; without it those files skip and say why.
 */
export const PG_URL = process.env.PG_URL;

/** True (and the file planned as skipped) when no PostgreSQL is configured. */
export function skipWithoutPostgres(t: Test): boolean {
  if (PG_URL) return false;
  t.plan(0, "PG_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/postgres): PostgreSQL tests skipped");
  return true;
}

/** A new, empty database for this test, dropped when it ends; returns its URL. */
export async function tempPostgres(t: Test): Promise<string> {
  if (!PG_URL) throw new Error("tempPostgres needs PG_URL");
  const db = await createTempDatabase(PG_URL, "summitry_test");
  t.teardown(() => db.drop());
  return db.url;
}
