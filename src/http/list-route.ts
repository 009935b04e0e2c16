import type { FastifyReply, FastifyRequest } from "fastify";
import { type Column, exportList, type Format } from "../export/export.ts";
import type { Position } from "../lib/cursor.ts";
import { NotFoundError } from "../lib/errors.ts";
import { after, paged, wanted } from "../lib/paging.ts";

type Page<T> = { items: T[]; next: Position | null };

/** What every keyset list takes from its query string. */
export interface ListQuery {
  limit: number;
  cursor?: string;
  count?: "true" | "false";
  format?: Format;
}

/**
 * One list request, the same way for every simple resource: decode the cursor, stream
 * the whole list when CSV or NDJSON is asked for, otherwise one page in the envelope
 * with its Link header and, on ?count=true, the total.
 */
export async function sendList<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  list: {
    name: string;
    query: ListQuery;
    columns: Column<T>[];
    page: (limit: number, at: Position | undefined) => Promise<Page<T>>;
    count: () => Promise<number>;
  },
) {
  const { limit, cursor, count, format } = list.query;
  const from = after(req.server, list.name, cursor);
  const exported = exportList(
    req,
    reply,
    { name: list.name, format, from, columns: list.columns },
    list.page,
  );
  if (exported) return exported;
  const page = await list.page(limit, from);
  return paged(req, reply, list.name, limit, page, await wanted(count, list.count));
}

/** The resource, or the 404 problem naming what was not found. */
export function found<T>(value: T | null | undefined, kind: string, id: string): T {
  if (value === null || value === undefined) throw new NotFoundError(kind, id);
  return value;
}
