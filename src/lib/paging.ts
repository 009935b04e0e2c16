import type { FastifyInstance } from "fastify";
import type { Position } from "./cursor.ts";

/** Decodes an optional cursor issued for `order` (a 400 for any other). */
export function after(app: FastifyInstance, order: string, cursor: string | undefined): Position | undefined {
  return cursor === undefined ? undefined : app.cursors.decode(order, cursor);
}

export function paged<T>(
  app: FastifyInstance,
  order: string,
  limit: number,
  result: { items: T[]; next: Position | null },
) {
  return {
    data: result.items,
    page: { nextCursor: result.next ? app.cursors.encode(order, result.next) : null, limit },
  };
}
