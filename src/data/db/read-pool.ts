import pLimit, { type LimitFunction } from "p-limit";
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
 * needed; but heavy reads must still take turns. Left to the connection pool, five
 * worst-case searches held its connections and both cores of a small machine, and
 * `/health` waited behind them (p99 105 ms, detail reads 195 ms). At most `slots` run at
 * once (READ_THREADS, as on SQLite); the rest wait, and a full queue answers 503 at once
 * rather than piling up. p-limit keeps the count and the queue.
 */
export class BoundedReads implements HeavyReads {
  private readonly limit: LimitFunction;

  constructor(
    private readonly inner: Reader,
    slots: number,
    private readonly maxQueue: number,
  ) {
    this.limit = pLimit(slots);
  }

  get dialect() {
    return this.inner.dialect;
  }

  get queued(): number {
    return this.limit.pendingCount;
  }

  all(sql: string, params: unknown[]): Promise<unknown[]> {
    if (this.queued >= this.maxQueue)
      return Promise.reject(new BusyError("Too many heavy reads queued; retry shortly"));
    return this.limit(() => this.inner.all(sql, params));
  }

  // Nothing to release: the queue drains with the requests in flight, which the server
  // answers before it closes (p-limit's clearQueue would leave them waiting forever).
  async close(): Promise<void> {}
}
