import type { Prisma } from "../generated/prisma/client.ts";
import type { Position } from "../lib/cursor.ts";
import { firstDay, lastDay } from "../lib/partial-date.ts";

export interface EventFilter {
  meetingsOnly: boolean;
  from?: string;
  to?: string;
  officials?: string[];
  topics?: string[];
  country?: string;
  kinds?: string[];
  statuses?: string[];
  summit?: string;
}

export type SortOrder = "date" | "-date";

/** Translates the public filters into a Prisma where clause. */
export function eventWhere(f: EventFilter): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (f.meetingsOnly) and.push({ isMeeting: true });
  // An event matches a range when the span its date denotes overlaps the range.
  if (f.from) and.push({ dateMax: { gte: firstDay(f.from) } });
  if (f.to) and.push({ dateMin: { lte: lastDay(f.to) } });
  for (const officialId of f.officials ?? []) and.push({ participants: { some: { officialId } } });
  for (const topicId of f.topics ?? []) and.push({ topics: { some: { topicId } } });
  if (f.country) and.push({ OR: [{ country: f.country }, { participants: { some: { side: f.country } } }] });
  if (f.kinds?.length) and.push({ kind: { in: f.kinds } });
  if (f.statuses?.length) and.push({ status: { in: f.statuses } });
  if (f.summit) and.push({ summitId: f.summit });
  return { AND: and };
}

/** Keyset condition: rows strictly after the position in the given order. */
export function afterPosition(order: SortOrder, pos: Position | undefined): Prisma.EventWhereInput {
  if (!pos) return {};
  const cmp = order === "date" ? "gt" : "lt";
  return { OR: [{ sortDate: { [cmp]: pos.key } }, { sortDate: pos.key, id: { [cmp]: pos.id } }] };
}

export function eventOrder(order: SortOrder): Prisma.EventOrderByWithRelationInput[] {
  const dir = order === "date" ? "asc" : "desc";
  return [{ sortDate: dir }, { id: dir }];
}
