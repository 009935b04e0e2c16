import pg from "pg";
import { isPostgresUrl } from "./location.ts";

/** Held around each write so that writers of every process take turns. */
export interface WriteLock {
  acquire(): Promise<void>;
  release(): Promise<void>;
  close(): Promise<void>;
}

// One key for every Summitry writer on a database ("SUMW"); the migrator has its own.
const WRITE_KEY = 0x53554d57;

/**
 * PostgreSQL: several API processes (and the CLI tools) may write to one database, and a
 * write reads what the one before it committed (an ingest finds the document a racing
 * ingest of the same text stored; a correction checks the version the last one left).
 * A session advisory lock on a connection of its own makes them take turns; a process
 * that dies drops its connection and with it the lock.
 */
export class AdvisoryWriteLock implements WriteLock {
  private client: pg.Client | null = null;

  constructor(private readonly url: string) {}

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({ connectionString: this.url });
    // A broken connection is dropped; the next write opens another.
    client.on("error", () => {
      if (this.client === client) this.client = null;
    });
    await client.connect();
    this.client = client;
    return client;
  }

  async acquire(): Promise<void> {
    await (await this.connection()).query("SELECT pg_advisory_lock($1)", [WRITE_KEY]);
  }

  async release(): Promise<void> {
    await this.client?.query("SELECT pg_advisory_unlock($1)", [WRITE_KEY]);
  }

  async close(): Promise<void> {
    const c = this.client;
    this.client = null;
    await c?.end();
  }
}

/** SQLite has one writer per file already (its write lock, with a busy timeout). */
export const NO_LOCK: WriteLock = {
  acquire: async () => {},
  release: async () => {},
  close: async () => {},
};

export const writeLockFor = (location: string): WriteLock =>
  isPostgresUrl(location) ? new AdvisoryWriteLock(location) : NO_LOCK;
