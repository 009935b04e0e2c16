import type { Reader } from "./db/read-pool.ts";
import { type SearchParams, searchCount, searchPage } from "./sql/search-sql.ts";

/**
 * Full-text search through the read pool: FTS5 ranking is raw SQL the Prisma client
 * has no words for, and a query matching every document must not run on the event loop.
 */
export class SearchRepository {
  constructor(private readonly reader: Reader) {}

  page(p: SearchParams) {
    return searchPage(this.reader, p);
  }

  count(p: SearchParams): Promise<number> {
    return searchCount(this.reader, p);
  }
}
