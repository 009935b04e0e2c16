import { Piscina } from "piscina";
import { BusyError } from "../../lib/errors.ts";
import { type Dialect, SQLITE } from "./dialect.ts";

/**
 * Runs a read statement and gives its rows: on the main thread, or in the pool. The
 * rows are unknown until data/query.ts's query() checks them against a schema.
 */
export interface Reader {
  /** The engine's dialect: statements are built for it, and `all` takes them with `?` marks. */
  readonly dialect: Dialect;
  all(sql: string, params: unknown[]): Promise<unknown[]>;
}

/**
 * Worker threads with read-only connections for the reads whose cost the client
 * controls (full-text matches, facets, timelines): SQLite calls are synchronous, so
 * on the main thread one slow query would stall every other request behind it.
 * A full queue rejects at once (a 503 upstream) instead of growing without bound.
 */
export class ReadPool implements HeavyReads {
  private readonly pool: Piscina;
  readonly dialect = SQLITE;

  constructor(
    file: string,
    threads: number,
    private readonly maxQueue: number,
  ) {
    this.pool = new Piscina({
      filename: new URL("./read-worker.mjs", import.meta.url).href,
      workerData: { file },
      minThreads: threads,
      maxThreads: threads,
      // One more than ours, so the check in all() decides, with a typed error.
      maxQueue: maxQueue + 1,
      // Workers live as long as the server: opening a connection per task costs more.
      idleTimeout: Number.POSITIVE_INFINITY,
    });
  }

  async all(sql: string, params: unknown[]): Promise<unknown[]> {
    if (this.pool.queueSize >= this.maxQueue)
      throw new BusyError("Too many heavy reads queued; retry shortly");
    return (await this.pool.run({ sql, params })) as unknown[];
  }

  get queued(): number {
    return this.pool.queueSize;
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** Where heavy reads go: the SQLite worker pool, or PostgreSQL's own connections. */
export interface HeavyReads extends Reader {
  /** Reads waiting for a thread or connection. */
  readonly queued: number;
  close(): Promise<void>;
}

/**
 * PostgreSQL runs reads on the server and pg's driver is asynchronous, so no threads are
 * needed; this keeps the pool's promise that a full queue answers 503 at once rather
 * than piling up behind the connections.
 */
export class BoundedReads implements HeavyReads {
  private inFlight = 0;

  constructor(
    private readonly inner: Reader,
    private readonly slots: number,
    private readonly maxQueue: number,
  ) {}

  get dialect() {
    return this.inner.dialect;
  }

  get queued(): number {
    return Math.max(0, this.inFlight - this.slots);
  }

  async all(sql: string, params: unknown[]): Promise<unknown[]> {
    if (this.queued >= this.maxQueue) throw new BusyError("Too many heavy reads queued; retry shortly");
    this.inFlight++;
    try {
      return await this.inner.all(sql, params);
    } finally {
      this.inFlight--;
    }
  }

  async close(): Promise<void> {}
}
