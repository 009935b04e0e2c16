import type { Curation, Prisma } from "../generated/prisma/client.ts";
import { laterFirst } from "../loader/merge-event.ts";
import type { EventDetail, EventItem } from "../schemas/event.ts";

export const eventInclude = {
  summit: { select: { id: true, name: true } },
  participants: {
    include: { official: { select: { id: true, name: true, country: true } } },
    orderBy: { officialId: "asc" },
  },
  topics: { include: { topic: { select: { id: true, name: true } } }, orderBy: { topicId: "asc" } },
  _count: { select: { sources: true } },
} satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

export function toEventItem(e: EventRow, curated: ReadonlySet<string> = new Set()): EventItem {
  return {
    id: e.id,
    kind: e.kind as EventItem["kind"],
    status: e.status as EventItem["status"],
    title: e.title,
    date: {
      start: e.startDate,
      end: e.endDate,
      precision: e.datePrecision as EventItem["date"]["precision"],
    },
    place: { venue: e.venue, city: e.city, region: e.region, country: e.country },
    summit: e.summit,
    participants: e.participants.map((p) => ({
      id: p.official.id,
      name: p.official.name,
      country: p.side ?? p.official.country,
      role: p.role,
    })),
    topics: e.topics.map((t) => t.topic),
    sourceCount: e._count.sources,
    curated: curated.has(e.id),
  };
}

export const eventDetailInclude = {
  ...eventInclude,
  sources: {
    include: {
      document: {
        select: {
          id: true,
          title: true,
          publisher: true,
          url: true,
          publishedAt: true,
          publishedPrecision: true,
          publishedSort: true,
        },
      },
    },
  },
  evidence: { orderBy: [{ documentId: "asc" }, { start: "asc" }, { id: "asc" }] },
  conflicts: { orderBy: { id: "asc" } },
} satisfies Prisma.EventInclude;

export type EventDetailRow = Prisma.EventGetPayload<{ include: typeof eventDetailInclude }>;

export function toEventDetail(e: EventDetailRow, curation: Curation[]): EventDetail {
  const sources = [...e.sources].sort(laterFirst);
  return {
    ...toEventItem(e, new Set(curation.length ? [e.id] : [])),
    summary: e.summary,
    curation: curation.map((c) => ({
      action: c.action as EventDetail["curation"][number]["action"],
      field: c.field,
      value: c.value === null ? null : JSON.parse(c.value),
      by: c.by,
      reason: c.reason,
    })),
    conflicts: e.conflicts.map((c) => ({
      document: c.documentId,
      field: c.field,
      kept: c.kept,
      reported: c.reported,
    })),
    sources: sources.map(({ document: { publishedSort: _s, ...document }, status }) => ({
      document: {
        ...document,
        publishedPrecision: document.publishedPrecision as EventItem["date"]["precision"],
      },
      status: status as EventItem["status"],
      evidence: e.evidence
        .filter((ev) => ev.documentId === document.id)
        .map(({ field, value, quote, start, end }) => ({ field: field as never, value, quote, start, end })),
    })),
  };
}
