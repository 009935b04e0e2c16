import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";

// Prisma's better-sqlite3 adapter prepares every statement it runs anew, and the writer
// runs the same few dozen texts for every document it ingests: compiling them was 13% of
// a synthetic build's CPU (a profile of 2,000 documents). The writer's connection keeps
// them instead, as the read connections do (read-connection.mjs): bounded, and cleared
// whole when full, since bulk inserts vary their texts by the number of rows.
export const MAX_WRITE_STATEMENTS = 300;

type Args = unknown[];

/**
 * A kept statement as the adapter uses one: `prepare(sql).bind(args)`, then `run()`, or
 * `reader`, `columns()` and `raw().all()`. better-sqlite3 binds a Statement object for
 * good, so the arguments are held here and passed on each call instead.
 */
class Reused {
  private args: Args = [];
  constructor(private readonly st: Statement<Args>) {}
  bind(args: Args): this {
    this.args = args;
    return this;
  }
  get reader(): boolean {
    return this.st.reader;
  }
  columns() {
    return this.st.columns();
  }
  raw(): this {
    this.st.raw(true);
    return this;
  }
  run() {
    return this.st.run(this.args);
  }
  all() {
    return this.st.all(this.args);
  }
}

/** Makes `conn.prepare` keep what it compiles; returns how many statements are kept. */
export function keepStatements(conn: Database, max = MAX_WRITE_STATEMENTS): () => number {
  const statements = new Map<string, Statement<Args>>();
  const prepare = conn.prepare.bind(conn);
  conn.prepare = ((sql: string) => {
    let st = statements.get(sql);
    if (!st) {
      if (statements.size >= max) statements.clear();
      st = prepare<Args>(sql);
      statements.set(sql, st);
    }
    return new Reused(st);
  }) as unknown as Database["prepare"];
  return () => statements.size;
}

/** Prisma's adapter, whose connection keeps its prepared statements. */
export class KeepingBetterSqlite3 extends PrismaBetterSqlite3 {
  /** How many statements the last connection keeps. */
  kept: () => number = () => 0;
  override async connect() {
    const adapter = await super.connect();
    // The adapter's connection is its `client` field (not in its types).
    this.kept = keepStatements((adapter as unknown as { client: Database }).client);
    return adapter;
  }
}
