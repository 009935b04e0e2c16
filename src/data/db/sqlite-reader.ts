import { SQLITE } from "./dialect.ts";
import { openReadConnection, type ReadConnection } from "./read-connection.mjs";
import type { Reader } from "./read-pool.ts";

/**
 * The main thread's reads on SQLite, on a read-only connection of their own that keeps
 * its prepared statements. Through Prisma's better-sqlite3 adapter every raw read was
 * prepared anew and passed through the client's query engine: about a third of the CPU
 * of an uncached list. In WAL mode this connection sees every committed write; reads
 * inside a write transaction still go through that transaction (prismaReader).
 */
export class SqliteReader implements Reader {
  readonly dialect = SQLITE;
  private readonly conn: ReadConnection;

  constructor(file: string) {
    this.conn = openReadConnection(file);
  }

  async all(sql: string, params: unknown[]): Promise<unknown[]> {
    return this.conn.all(sql, params);
  }

  close(): void {
    this.conn.close();
  }
}
