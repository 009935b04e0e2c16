import { createHash } from "node:crypto";
import { z } from "zod";
import { type DatasetVersion, RECHECK_MS, type Version } from "./dataset-version.ts";
import type { Reader } from "./db/read-pool.ts";
import { query } from "./query.ts";

const StateRow = z.object({ version: z.string(), changedAt: z.union([z.date(), z.string()]) });

/**
 * The version of a PostgreSQL database: the "DatasetState" row that every write bumps in
 * its own transaction (a trigger per table, migration 20261205120000_dataset_state), so
 * every API process on the database reads the same version. Reads are asynchronous:
 * answers wait (pending()) for a look once the last is RECHECK_MS old, so another
 * process's write shows within RECHECK_MS, and the requests in between share the last
 * look. After this process's own write, touch() starts a look that answers wait for, so
 * a client never gets the old version back for data it has just changed.
 */
export class PostgresDatasetVersion implements DatasetVersion {
  private value: Version = { tag: "", lastModified: null, httpDate: null };
  private checkedAt = Number.NEGATIVE_INFINITY;
  private looking: Promise<void> | null = null;
  private awaited: Promise<void> | null = null;

  private constructor(
    private readonly reader: Reader,
    private readonly onError: (err: Error) => void,
  ) {}

  static async open(reader: Reader, onError: (err: Error) => void): Promise<PostgresDatasetVersion> {
    const v = new PostgresDatasetVersion(reader, onError);
    await v.look();
    return v;
  }

  current(): Version {
    return this.value;
  }

  touch(): void {
    const look = this.look(true);
    this.awaited = look;
    void look.finally(() => {
      if (this.awaited === look) this.awaited = null;
    });
  }

  /** A look to wait for: after this process's write, or once the last is RECHECK_MS old. */
  pending(): Promise<void> | null {
    if (this.awaited) return this.awaited;
    return performance.now() - this.checkedAt >= RECHECK_MS ? this.look() : null;
  }

  close(): void {}

  /** One query at a time; a forced look (after a write) waits for any under way, then reads. */
  private look(force = false): Promise<void> {
    if (this.looking && !force) return this.looking;
    const previous = this.looking ?? Promise.resolve();
    const next = previous.then(() => this.read());
    this.looking = next;
    void next.finally(() => {
      if (this.looking === next) this.looking = null;
    });
    return next;
  }

  private async read(): Promise<void> {
    this.checkedAt = performance.now();
    try {
      const [row] = await query(
        this.reader,
        StateRow,
        `SELECT CAST("version" AS text) AS "version", "changedAt" FROM "DatasetState" WHERE "id" = 1`,
      );
      if (!row) throw new Error(`"DatasetState" has no row: the migrations did not run`);
      const tag = createHash("sha256").update(`pg|${row.version}`).digest("base64url").slice(0, 12);
      // HTTP dates have whole seconds.
      const at = new Date(row.changedAt);
      const lastModified = new Date(Math.floor(at.getTime() / 1000) * 1000);
      this.value = { tag, lastModified, httpDate: lastModified.toUTCString() };
    } catch (err) {
      // The last known version stays; readiness checks report the database itself.
      this.onError(err as Error);
    }
  }
}
