import type { Curation, Prisma } from "../generated/prisma/client.ts";
import type { EventDetail, EventItem, ListSource } from "../schemas/event.ts";
import { laterFirst } from "./rules/status.ts";
import type { ItemRow } from "./sql/hydrate-sql.ts";

export const eventInclude = {
  summit: { select: { id: true, name: true } },
  participants: {
    include: { official: { select: { id: true, name: true, country: true } } },
    orderBy: { officialId: "asc" },
  },
  topics: { include: { topic: { select: { id: true, name: true } } }, orderBy: { topicId: "asc" } },
} satisfies Prisma.EventInclude;

export type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

/** What depends on the sources counted (all, or those published by an asOf day). */
export interface Reported {
  status: string;
  sourceCount: number;
}

export function toEventItem(e: ItemRow, reported: Reported, curated: ReadonlySet<string>): EventItem {
  return {
    id: e.id,
    kind: e.kind as EventItem["kind"],
    status: reported.status as EventItem["status"],
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
      country: p.organization ? null : (p.side ?? p.official.country),
      organization: p.organization as EventItem["participants"][number]["organization"],
      role: p.role,
    })),
    topics: e.topics.map((t) => t.topic),
    sourceCount: reported.sourceCount,
    curated: curated.has(e.id),
    confidence: {
      event: e.confidence,
      participants: e.participantsConfidence,
      date: e.dateConfidence,
      place: e.placeConfidence,
      topics: e.topicsConfidence,
    },
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

/** The detail from rows already limited to the sources counted (see the repository). */
export function toEventDetail(
  e: ItemRow & Pick<EventDetailRow, "sources" | "evidence" | "conflicts">,
  reported: Reported & { summary: string | null; version: number },
  curation: Pick<Curation, "action" | "field" | "value" | "by" | "reason">[],
): EventDetail {
  const sources = [...e.sources].sort(laterFirst);
  return {
    ...toEventItem(e, reported, new Set(curation.length ? [e.id] : [])),
    summary: reported.summary,
    version: reported.version,
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
    sources: sources.map((s) => ({
      ...toSource(s),
      evidence: toEvidence(e.evidence.filter((ev) => ev.documentId === s.document.id)),
    })),
  };
}

type SourceRow = EventDetailRow["sources"][number];
type EvidenceRow = EventDetailRow["evidence"][number];

/** A source as the API shows it; its quotes only when given. */
export function toSource(s: Pick<SourceRow, "document" | "status">, evidence?: EvidenceRow[]): ListSource {
  const { publishedSort: _s, ...document } = s.document;
  return {
    document: {
      ...document,
      publishedPrecision: document.publishedPrecision as EventItem["date"]["precision"],
    },
    status: s.status as EventItem["status"],
    ...(evidence ? { evidence: toEvidence(evidence) } : {}),
  };
}

const toEvidence = (rows: EvidenceRow[]) =>
  rows.map(({ field, value, quote, start, end }) => ({ field: field as never, value, quote, start, end }));
