import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { sqliteTime } from "../lib/sqlite-time.ts";

/** How stale the version may be after another process writes. */
export const RECHECK_MS = 100;

export interface Version {
  /** Changes with every write that lands: new documents, curation. */
  tag: string;
  /** When the newest document was ingested. */
  lastModified: Date | null;
  /** lastModified as an HTTP date, formatted once per version rather than per response. */
  httpDate: string | null;
}

/** The dataset's version, for ETags and Last-Modified, on either engine. */
export interface DatasetVersion {
  /** The version now (at most RECHECK_MS behind another process's writes). */
  current(): Version;
  /** A write of this process landed: look again before the next answer. */
  touch(): void;
  /** A look answers must wait for (after a write, or once the version may be stale), if any. */
  pending(): Promise<void> | null;
  close(): void | Promise<void>;
}

/**
 * The version of a SQLite file. A read-only connection of its
 * own sees every commit of the app's connection (and of CLI ingests in another
 * process) as a change of `PRAGMA data_version`; only then is the version recomputed
 * from the tables. Even that check cost ~6% of a cached read's CPU, so it runs at most
 * every RECHECK_MS: the app's own writes call touch() and are seen at once, another
 * process's within RECHECK_MS.
 */
export class SqliteDatasetVersion implements DatasetVersion {
  private readonly conn: Database.Database;
  private readonly dataVersion: Database.Statement;
  private readonly stats: Database.Statement;
  private seen = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private value: Version = { tag: "", lastModified: null, httpDate: null };

  constructor(file: string) {
    this.conn = new Database(file, { readonly: true, fileMustExist: true });
    this.dataVersion = this.conn.prepare("PRAGMA data_version").pluck();
    this.stats = this.conn.prepare(
      // The change log's last entry moves with every change to an event (ingest, correction,
      // re-extraction); the corrections' failures move with a re-extraction that changed no event.
      `SELECT (SELECT count(*) FROM "Document") AS documents, (SELECT max("ingestedAt") FROM "Document") AS at,
        (SELECT count(*) FROM "Curation") AS curations, (SELECT count(*) FROM "Event") AS events,
        (SELECT max("seq") FROM "Change") AS seq, (SELECT max("at") FROM "Change") AS changedAt,
        (SELECT count(*) FROM "Correction" WHERE "failure" IS NOT NULL) AS failures`,
    );
  }

  /** A write of this process landed: look again on the next request. */
  touch(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** The look is synchronous here: nothing to wait for. */
  pending(): null {
    return null;
  }

  current(): Version {
    const now = performance.now();
    if (now - this.checkedAt < RECHECK_MS) return this.value;
    this.checkedAt = now;
    const dv = this.dataVersion.get() as number;
    if (dv !== this.seen) {
      this.seen = dv;
      const s = this.stats.get() as {
        documents: number;
        at: string | null;
        curations: number;
        events: number;
        seq: number | null;
        changedAt: string | number | null;
        failures: number;
      };
      const tag = createHash("sha256")
        .update(`${s.documents}|${s.at}|${s.curations}|${s.events}|${s.seq}|${s.failures}`)
        .digest("base64url")
        .slice(0, 12);
      const times = [s.at, s.changedAt].filter((x) => x !== null).map((x) => sqliteTime(x).getTime());
      const lastModified = times.length ? new Date(Math.max(...times)) : null;
      this.value = { tag, lastModified, httpDate: lastModified?.toUTCString() ?? null };
    }
    return this.value;
  }

  close(): void {
    this.conn.close();
  }
}
