import type { Prisma } from "../../generated/prisma/client.ts";

// "Known by a date": as of a day, an event exists once a document published by then
// reports it (EventSource.publishedSort is the last day a publication date can denote).
// No day: every event. SQL pages and Prisma counts both need it, so it is written here
// in both forms, and test/data/rules.test.ts checks that they select the same events.

/** SQL: the event aliased `alias` is known by the day bound as the next parameter. */
export const knownBy = (alias: string) =>
  `EXISTS (SELECT 1 FROM "EventSource" k WHERE k."eventId" = ${alias}."id" AND k."publishedSort" <= ?)`;

/** Prisma: the same condition as a where clause on Event. */
export const knownEvent = (asOf: string | undefined): Prisma.EventWhereInput =>
  asOf ? { sources: { some: { publishedSort: { lte: asOf } } } } : {};
