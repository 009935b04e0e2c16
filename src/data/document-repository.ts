import type { Document } from "../generated/prisma/client.ts";
import type { Position } from "../lib/cursor.ts";
import { keysetAfter, pageOf } from "../lib/keyset.ts";
import type { DocumentDetail, DocumentItem } from "../schemas/document.ts";
import type { Db } from "./db/client.ts";

const include = { _count: { select: { sources: true } } };
/** Published on or before the day (by the last day its date can denote). */
const published = (asOf?: string) => (asOf ? { publishedSort: { lte: asOf } } : {});

// The list never loads article texts: they are the bulk of the table.
const omit = { text: true } as const;

export class DocumentRepository {
  constructor(private readonly db: Db) {}

  count(asOf?: string): Promise<number> {
    return this.db.document.count({ where: published(asOf) });
  }

  async list(limit: number, after?: Position, asOf?: string) {
    const rows = await this.db.document.findMany({
      where: { AND: [published(asOf), keysetAfter("publishedSort", "desc", after)] },
      orderBy: [{ publishedSort: "desc" }, { id: "desc" }],
      take: limit + 1,
      omit,
      include,
    });
    const { page, next } = pageOf(rows, limit, (r) => r.publishedSort);
    return { items: page.map(toItem), next };
  }

  /** The list shape of one document (no text). */
  async item(id: string): Promise<DocumentItem | null> {
    const row = await this.db.document.findUnique({ where: { id }, omit, include });
    return row ? toItem(row) : null;
  }

  async get(id: string, asOf?: string): Promise<DocumentDetail | null> {
    const row = await this.db.document.findFirst({
      where: { id, ...published(asOf) },
      include: {
        ...include,
        sources: {
          include: { event: { select: { id: true, title: true, kind: true } } },
          orderBy: { eventId: "asc" },
        },
        evidence: { orderBy: [{ start: "asc" }, { id: "asc" }] },
      },
    });
    if (!row) return null;
    return {
      ...toItem(row),
      text: row.text,
      events: row.sources.map((s) => ({
        id: s.event.id,
        title: s.event.title,
        kind: s.event.kind as DocumentDetail["events"][number]["kind"],
        status: s.status as DocumentDetail["events"][number]["status"],
        evidence: row.evidence
          .filter((ev) => ev.eventId === s.eventId)
          .map(({ field, value, quote, start, end }) => ({
            field: field as never,
            value,
            quote,
            start,
            end,
          })),
      })),
    };
  }
}

function toItem(d: Omit<Document, "text"> & { _count: { sources: number } }): DocumentItem {
  return {
    id: d.id,
    title: d.title,
    publisher: d.publisher,
    author: d.author,
    url: d.url,
    publishedAt: {
      value: d.publishedAt,
      precision: d.publishedPrecision as DocumentItem["publishedAt"]["precision"],
      source: (d.publishedAtSource ?? "unknown") as DocumentItem["publishedAt"]["source"],
      note: d.publishedAtNote,
    },
    sha256: d.sha256,
    ingestedAt: d.ingestedAt.toISOString(),
    eventCount: d._count.sources,
  };
}
