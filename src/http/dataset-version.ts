import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export interface Version {
  /** Changes with every write that lands: new documents, curation. */
  tag: string;
  /** When the newest document was ingested. */
  lastModified: Date | null;
}

/**
 * The dataset's version, for ETags and Last-Modified. A read-only connection of its
 * own sees every commit of the app's connection (and of CLI ingests in another
 * process) as a change of `PRAGMA data_version`, a check of microseconds; only then is
 * the version recomputed from the tables.
 */
export class DatasetVersion {
  private readonly conn: Database.Database;
  private readonly dataVersion: Database.Statement;
  private readonly stats: Database.Statement;
  private seen = -1;
  private value: Version = { tag: "", lastModified: null };

  constructor(file: string) {
    this.conn = new Database(file, { readonly: true, fileMustExist: true });
    this.dataVersion = this.conn.prepare("PRAGMA data_version").pluck();
    this.stats = this.conn.prepare(
      `SELECT (SELECT count(*) FROM "Document") AS documents, (SELECT max("ingestedAt") FROM "Document") AS at,
        (SELECT count(*) FROM "Curation") AS curations, (SELECT count(*) FROM "Event") AS events`,
    );
  }

  current(): Version {
    const dv = this.dataVersion.get() as number;
    if (dv !== this.seen) {
      this.seen = dv;
      const s = this.stats.get() as {
        documents: number;
        at: string | null;
        curations: number;
        events: number;
      };
      const tag = createHash("sha256")
        .update(`${s.documents}|${s.at}|${s.curations}|${s.events}`)
        .digest("base64url")
        .slice(0, 12);
      this.value = { tag, lastModified: s.at ? new Date(s.at) : null };
    }
    return this.value;
  }

  close(): void {
    this.conn.close();
  }
}
