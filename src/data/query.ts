import { z } from "zod";
import { dialectOf } from "./db/dialect.ts";
import type { Reader } from "./db/read-pool.ts";

// Raw SQL gives rows the compiler knows nothing about. Every read through Reader goes
// through query(), which checks each row against a zod schema of what the SQL selects:
// a column renamed in a migration fails loudly at the first read, not as undefined
// fields in a response.

/** An integer column: the driver gives number or bigint; the API wants number. */
export const Int = z.union([z.number(), z.bigint()]).transform(Number);
/** SQLite's booleans are 0/1 integers (or booleans, through Prisma). */
export const Bool = z.union([z.number(), z.bigint(), z.boolean()]).transform((v) => Number(v) !== 0);
/** A column of JSON text (json_group_array …), parsed and then checked. */
export const json = <S extends z.ZodType>(shape: S) =>
  z
    .string()
    .transform((v) => JSON.parse(v) as unknown)
    .pipe(shape);

/** A row did not have the shape its SQL promises: a server fault, logged with the statement. */
export class RowShapeError extends Error {
  override name = "RowShapeError";
  constructor(sql: string, issues: z.core.$ZodIssue[]) {
    const at = issues[0];
    super(`row of '${sql.slice(0, 80)}…': ${at?.path.join(".") || "(row)"}: ${at?.message ?? "invalid"}`);
  }
}

/** Runs a read and returns its rows as the schema parses them. */
export async function query<S extends z.ZodType>(
  db: Reader,
  row: S,
  sql: string,
  params: unknown[] = [],
): Promise<z.output<S>[]> {
  const rows = await db.all(sql, params);
  const parsed = z.array(row).safeParse(rows);
  if (!parsed.success) throw new RowShapeError(sql, parsed.error.issues);
  return parsed.data;
}

/** A Prisma client or transaction as a Reader, for the reads that run on it. */
export const prismaReader = (db: {
  $queryRawUnsafe(sql: string, ...params: unknown[]): Promise<unknown>;
}): Reader => {
  const dialect = dialectOf(db);
  return {
    dialect,
    all: async (sql, params) => (await db.$queryRawUnsafe(dialect.sql(sql), ...params)) as unknown[],
  };
};

/**
 * Reads for a client with a read replica (createReplicatedDb): raw statements go to the
 * replica, as the extension sends model reads; any other client reads from itself.
 */
export const replicaReader = (db: object): Reader => {
  const replica = (db as { $replica?: () => Parameters<typeof prismaReader>[0] }).$replica;
  // A transaction reads what it writes: its $replica() throws, and it is not asked.
  return replica && "$transaction" in db
    ? prismaReader(replica.call(db))
    : prismaReader(db as Parameters<typeof prismaReader>[0]);
};

/** A write statement on a Prisma client or transaction, with `?` marks. */
export const execute = (
  db: { $executeRawUnsafe(sql: string, ...params: unknown[]): Promise<number> },
  sql: string,
  params: unknown[] = [],
): Promise<number> => db.$executeRawUnsafe(dialectOf(db).sql(sql), ...params);
