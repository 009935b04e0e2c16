import type { Prisma } from "../generated/prisma/client.ts";
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

export function toEventItem(e: EventRow): EventItem {
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
} satisfies Prisma.EventInclude;

export type EventDetailRow = Prisma.EventGetPayload<{ include: typeof eventDetailInclude }>;

export function toEventDetail(e: EventDetailRow): EventDetail {
  const sources = [...e.sources].sort((a, b) =>
    b.document.publishedSort.localeCompare(a.document.publishedSort),
  );
  return {
    ...toEventItem(e),
    summary: e.summary,
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
