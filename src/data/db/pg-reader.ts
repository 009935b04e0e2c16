import pg from "pg";
import { POSTGRES } from "./dialect.ts";
import type { Reader } from "./read-pool.ts";

// Statement texts come from a few shapes, but filters vary their length: only the first
// MAX_NAMED get a name (and stay prepared on each connection that ran them); pg cannot
// forget a named statement without DEALLOCATE, so the rest run unnamed.
export const MAX_NAMED = 200;
const STALE_PLAN = /cached plan must not change result type/i;

const { builtins } = pg.types;

// The values Prisma's client gives for the same columns through @prisma/adapter-pg, so
// that rows read here parse with the schemas written for rows read there (test/data/db/
// pg-reader.test.ts runs both on one statement): 64-bit integers as bigint, timestamp(3)
// columns (UTC, no zone) and dates as UTC Dates, JSON parsed; numeric as a number where
// Prisma gives its Decimal class (no query of the API selects numeric).
const bigints = pg.types.getTypeParser(1016 as Parameters<typeof pg.types.getTypeParser>[0], "text") as (
  v: string,
) => (string | null)[];
const PARSERS: Partial<Record<number, (value: string) => unknown>> = {
  [builtins.INT8]: (v) => BigInt(v),
  [builtins.NUMERIC]: (v) => Number(v),
  [builtins.DATE]: (v) => new Date(`${v}T00:00:00Z`),
  [builtins.TIMESTAMP]: (v) => new Date(`${v.replace(" ", "T")}Z`),
  [builtins.TIMESTAMPTZ]: (v) => new Date(v),
  [builtins.JSON]: (v) => JSON.parse(v),
  [builtins.JSONB]: (v) => JSON.parse(v),
  // int8[]
  1016: (v) => bigints(v).map((x) => (x === null ? null : BigInt(x))),
};

const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    (format ?? "text") === "text" && PARSERS[oid]
      ? PARSERS[oid]
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * The main thread's reads on PostgreSQL, on a pg pool of their own whose statements
 * stay prepared per connection. Through `@prisma/adapter-pg` each raw read was parsed,
 * planned and passed through the client's query engine anew: the uncached list ran at
 * 0.07 of its same-bytes baseline, most of it outside the database. Reads inside a
 * write transaction still go through that transaction (prismaReader).
 */
export class PgReader implements Reader {
  readonly dialect = POSTGRES;
  private readonly pool: pg.Pool;
  private readonly names = new Map<string, string>();
  private generation = 0;

  /**
   * @param onIdleError told when an idle connection fails (the server restarted or ended
   *   it): the pool drops it and opens another on the next read. Unheard, pg's 'error'
   *   event would end the process.
   */
  constructor(url: string, max: number, onIdleError: (err: Error) => void) {
    this.pool = new pg.Pool({ connectionString: url, max, types });
    this.pool.on("error", onIdleError);
  }

  private nameOf(text: string): string | undefined {
    let name = this.names.get(text);
    if (!name && this.names.size < MAX_NAMED) {
      name = `summitry_${this.generation}_${this.names.size}`;
      this.names.set(text, name);
    }
    return name;
  }

  all(sql: string, params: unknown[]): Promise<unknown[]> {
    return this.run(sql, params, true);
  }

  /**
   * The same reads, each planned for its own values: a prepared statement soon runs a
   * generic plan, which suits a lookup by key but not a filter whose cost depends on
   * the value (one official's few events, or half the table). Measured on 10,000
   * events, a list filtered by official ran at 0.72 of its rate through the client when
   * prepared, 1.17 when planned per call; a detail read ran 1.7 times as fast prepared
   * as planned per call.
   */
  readonly perValue: Reader = {
    dialect: POSTGRES,
    all: (sql, params) => this.run(sql, params, false),
  };

  private async run(sql: string, params: unknown[], prepare: boolean): Promise<unknown[]> {
    const text = POSTGRES.sql(sql);
    // A Date goes as its UTC instant: pg would write local time, which a timestamp(3)
    // column (no zone) keeps as it is.
    const values = params.map((v) => (v instanceof Date ? v.toISOString() : v));
    const name = prepare ? this.nameOf(text) : undefined;
    try {
      return (await this.pool.query({ name, text, values })).rows;
    } catch (err) {
      // Another instance migrated the schema ("SELECT ev.*" gained a column): a statement
      // prepared before no longer fits. New names prepare every text again.
      if (!name || !STALE_PLAN.test((err as Error).message)) throw err;
      this.names.clear();
      this.generation++;
      return (await this.pool.query({ name: this.nameOf(text), text, values })).rows;
    }
  }

  /** Statement texts given a name (each prepared on the connections that ran it). */
  get named(): number {
    return this.names.size;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
