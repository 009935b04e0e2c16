import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Position } from "./cursor.ts";

/** Decodes an optional cursor issued for `order` (a 400 for any other). */
export function after(app: FastifyInstance, order: string, cursor: string | undefined): Position | undefined {
  return cursor === undefined ? undefined : app.cursors.decode(order, cursor);
}

/** The request's own URL with the cursor replaced: every filter carries over to the next page. */
export function nextHref(req: FastifyRequest, cursor: string): string {
  const url = new URL(req.url, "http://relative");
  url.searchParams.set("cursor", cursor);
  return `${url.pathname}${url.search}`;
}

/**
 * The page envelope, and the same next-page link as an RFC 8288 Link header (a
 * relative reference, resolved against the request URL) for clients that page by
 * headers. `total` is the exact match count, only when the client asked for it.
 */
export function paged<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  order: string,
  limit: number,
  result: { items: T[]; next: Position | null },
  total?: number,
) {
  const nextCursor = result.next ? req.server.cursors.encode(order, result.next) : null;
  if (nextCursor) reply.header("Link", `<${nextHref(req, nextCursor)}>; rel="next"`);
  return {
    data: result.items,
    page: { nextCursor, limit, ...(total === undefined ? {} : { total }) },
  };
}

/** `?count=true`: the exact total, computed only when asked. */
export const wanted = (count: "true" | "false" | undefined, total: () => Promise<number>) =>
  count === "true" ? total() : Promise.resolve(undefined);

/** Every page of a keyset list from a starting position: what exports stream. */
export async function* allPages<T>(
  fetch: (after: Position | undefined) => Promise<{ items: T[]; next: Position | null }>,
  from?: Position,
): AsyncGenerator<T[]> {
  let at = from;
  do {
    const page = await fetch(at);
    yield page.items;
    at = page.next ?? undefined;
  } while (at);
}
