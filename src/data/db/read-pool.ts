import { Piscina } from "piscina";
import { BusyError } from "../../lib/errors.ts";

/**
 * Runs a read statement and gives its rows: on the main thread, or in the pool. The
 * rows are unknown until data/query.ts's query() checks them against a schema.
 */
export interface Reader {
  all(sql: string, params: unknown[]): Promise<unknown[]>;
}

/**
 * Worker threads with read-only connections for the reads whose cost the client
 * controls (full-text matches, facets, timelines): SQLite calls are synchronous, so
 * on the main thread one slow query would stall every other request behind it.
 * A full queue rejects at once (a 503 upstream) instead of growing without bound.
 */
export class ReadPool implements Reader {
  private readonly pool: Piscina;

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
