import type { Db } from "../data/db/client.ts";
import type { DocumentRepository } from "../data/document-repository.ts";
import type { WriteQueue } from "../data/write-queue.ts";
import type { Reference } from "../extract/reference.ts";
import { BusyError } from "../lib/errors.ts";
import type { DryRunResult } from "../schemas/ingest.ts";
import type { Article } from "../seed-files/read-article.ts";
import { extractArticle } from "./extract-article.ts";

// Another process holds SQLite's write lock past the busy timeout: Prisma reports
// P1008 (operation timed out); the driver's own words are SQLITE_BUSY / "locked".
const isLocked = (err: unknown) =>
  (err as { code?: string }).code === "P1008" ||
  /SQLITE_BUSY|database is locked/i.test(String((err as Error).message));

import { ingestArticle } from "./ingest.ts";

/**
 * Ingestion for the HTTP API: one article at a time, or a dry run that writes nothing.
 * Writes are serialised in this process: SQLite has one writer anyway, and in order
 * the second of two identical posts finds the first one's document (one document,
 * never a unique-constraint race).
 */
export class IngestService {
  constructor(
    private readonly db: Db,
    private readonly ref: Reference,
    private readonly documents: DocumentRepository,
    private readonly writes: WriteQueue,
  ) {}

  /** Ingests as `by` (the name of the API key): recorded on the document and its events' history. */
  ingest(article: Article, by: string | null = null) {
    return this.writes.run(() => this.write(article, by));
  }

  private async write(article: Article, by: string | null) {
    const { outcome } = await ingestArticle(this.db, article, this.ref, by).catch((err: unknown) => {
      throw isLocked(err) ? new BusyError("the database is busy with another writer; retry shortly", 5) : err;
    });
    const document = await this.documents.item(outcome.documentId);
    if (!document) throw new Error(`document ${outcome.documentId} vanished after ingest`);
    return { document, created: !outcome.skipped, events: outcome.events };
  }

  dryRun(article: Article): DryRunResult {
    const x = extractArticle(article, this.ref);
    const officials = new Map(x.officials.map((o) => [o.id, o]));
    const known = new Set(this.ref.officials.map((o) => o.id));
    const topicName = new Map(this.ref.topics.map((t) => [t.id, t.name]));
    const summitName = new Map(this.ref.summits.map((s) => [s.id, s.name]));
    type Organization = DryRunResult["extraction"]["officials"][number]["organization"];
    const participant = (
      id: string,
      role: string | null,
      side: string | null,
      organization: Organization,
    ) => {
      const o = officials.get(id);
      return {
        id,
        name: o?.name ?? id,
        // For an organisation's official, the organisation is the party, not their nationality.
        country: organization ? null : (side ?? o?.country ?? "ZZ"),
        organization,
        role: role ?? o?.role ?? null,
      };
    };
    const topics = [...new Set(x.events.flatMap((e) => e.topics))];
    return {
      document: {
        id: x.document.id,
        title: x.document.title,
        sha256: x.document.sha256,
        publishedAt: x.document.publishedAt,
      },
      extraction: {
        events: x.events.map((e) => ({
          id: e.id,
          kind: e.kind,
          status: e.status,
          title: e.title,
          date: e.date,
          place: e.place,
          summit: e.summit ? { id: e.summit, name: summitName.get(e.summit) ?? e.summit } : null,
          participants: e.participants.map((p) => participant(p.official, p.role, p.side, p.organization)),
          topics: e.topics.map((id) => ({ id, name: topicName.get(id) ?? id })),
          sourceCount: 1,
          curated: false,
          confidence: e.confidence,
          summary: e.summary,
          evidence: e.evidence,
        })),
        officials: x.officials.map((o) => ({
          ...participant(o.id, o.role, o.country, o.organization),
          known: known.has(o.id),
        })),
        topics: topics.map((id) => ({ id, name: topicName.get(id) ?? id })),
      },
    };
  }
}
