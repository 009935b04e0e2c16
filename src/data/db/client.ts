import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { PrismaClient as PostgresClient } from "../../generated/prisma-pg/client.ts";
import { isPostgresUrl } from "./location.ts";
import { BUSY_TIMEOUT_MS } from "./open.ts";
import { KeepingBetterSqlite3 } from "./write-statements.ts";

export type Db = PrismaClient;

// The adapter holds one better-sqlite3 connection, which keeps its prepared statements
// (write-statements.ts); the pragmas that are per connection (journal mode persists in
// the file) are set on it before first use.
export async function createSqliteDb(file: string): Promise<Db> {
  const adapter = new KeepingBetterSqlite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

/** Connections a PostgreSQL client keeps (pg's pool); reads run concurrently on them. */
export const PG_POOL_SIZE = 10;

// The PostgreSQL client is generated from the same models (prisma/postgres/schema.prisma
// is rendered from schema.prisma, test/data/db/schema-render.test.ts), so its methods
// and results are the SQLite client's; the types differ only in the isolation levels
// $transaction accepts, which the project never passes.
const postgresClient = (url: string, max = PG_POOL_SIZE) =>
  new PostgresClient({ adapter: new PrismaPg({ connectionString: url, max }) });

export async function createPostgresDb(url: string, max = PG_POOL_SIZE): Promise<Db> {
  const db = postgresClient(url, max);
  await db.$connect();
  return db as unknown as Db;
}

/**
 * A PostgreSQL client whose model reads go to a replica (@prisma/extension-read-replicas)
 * and whose writes and transactions go to the primary; raw reads reach the replica
 * through `$replica()` (replicaReader in query.ts).
 */
export async function createReplicatedDb(primary: string, replica: Db): Promise<Db> {
  const extended = postgresClient(primary).$extends(
    readReplicas({ replicas: [replica as unknown as PostgresClient] }),
  );
  await extended.$connect();
  return extended as unknown as Db;
}

/** A client for a location: a SQLite file path or a postgres:// URL. */
export const createDb = (location: string): Promise<Db> =>
  isPostgresUrl(location) ? createPostgresDb(location) : createSqliteDb(location);
