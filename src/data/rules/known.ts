import type { Prisma } from "../../generated/prisma/client.ts";

/**
 * Prisma's form of knownBy (event-sql.ts): as of a day, an event exists once a
 * document published by then reports it. No day: every event.
 */
export const knownEvent = (asOf: string | undefined): Prisma.EventWhereInput =>
  asOf ? { sources: { some: { publishedSort: { lte: asOf } } } } : {};
