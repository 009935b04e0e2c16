import Database from "better-sqlite3";
import { type SearchParams, searchCount, searchPage } from "./search-sql.ts";

/**
 * Full-text search on a read-only connection of its own: FTS5 ranking is raw SQL the
 * Prisma client has no words for, and a read connection in WAL mode never waits for
 * the writer.
 */
export class SearchRepository {
  private readonly conn: Database.Database;

  constructor(file: string) {
    this.conn = new Database(file, { readonly: true, fileMustExist: true });
  }

  page(p: SearchParams) {
    return searchPage(this.conn, p);
  }

  count(p: SearchParams): number {
    return searchCount(this.conn, p);
  }

  close(): void {
    this.conn.close();
  }
}
