import { randomUUID } from "node:crypto";
import type { Position } from "../lib/cursor.ts";
import { HttpProblem } from "../lib/errors.ts";
import type { CorrectionInput } from "../schemas/correction.ts";
import type { Correction, CurationFilter } from "../schemas/correction-output.ts";
import type { CurationEntry } from "../schemas/curation.ts";
import type { EventDetail } from "../schemas/event.ts";
import type { Db } from "./db/client.ts";
import { readEventDetail } from "./event-detail.ts";
import { prismaReader } from "./query.ts";
import { applyEntry } from "./write/apply-curation.ts";
import type { WriteQueue } from "./write-queue.ts";

type CorrectionRow = {
  id: number;
  key: string;
  eventId: string;
  body: string;
  by: string;
  reason: string;
  createdAt: Date;
};

/** A stored correction as the API shows it: its operations without the bookkeeping. */
export function toCorrection(row: CorrectionRow): Correction {
  const { key: _k, event: _e, by: _b, reason: _r, ...operations } = JSON.parse(row.body) as CurationEntry;
  return {
    id: row.id,
    key: row.key,
    event: row.eventId,
    by: row.by,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    operations,
  };
}

/** Reviewed corrections sent over HTTP: checked, applied and recorded in one transaction. */
export class CorrectionRepository {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
  ) {}

  /**
   * Applies a correction to event `id` as `by`. `expect` sees the event's current
   * version (null: no such event) inside the transaction and throws to refuse (404,
   * 412, 428): nothing is written then. A correction that cannot be applied is a 400
   * naming its field, and leaves nothing behind.
   */
  correct(
    id: string,
    input: CorrectionInput,
    by: string,
    expect: (version: number | null) => void,
  ): Promise<{ correction: Correction; event: EventDetail | null }> {
    const entry: CurationEntry = { key: `api-${randomUUID()}`, event: id, by, ...input };
    return this.writes.run(() =>
      this.db.$transaction(
        async (tx) => {
          const current = await tx.event.findUnique({ where: { id }, select: { version: true } });
          expect(current?.version ?? null);
          const applied = await applyEntry(tx, entry, (field, message) => {
            throw new HttpProblem(
              field === "renameTo" || field === "split.id" ? 409 : 400,
              `${field}: ${message}`,
              {
                in: "body",
                field,
              },
            );
          });
          const row = await tx.correction.findUniqueOrThrow({ where: { id: applied.correctionId } });
          const event = applied.eventId
            ? await readEventDetail(prismaReader(tx), applied.eventId, false)
            : null;
          return { correction: toCorrection(row), event };
        },
        { timeout: 30_000, maxWait: 30_000 },
      ),
    );
  }

  /** Corrections in the order they were applied, a keyset page at a time. */
  async list(filter: CurationFilter, limit: number, after: Position | undefined) {
    const rows = await this.db.correction.findMany({
      where: { ...where(filter), ...(after ? { id: { gt: Number(after.id) } } : {}) },
      orderBy: { id: "asc" },
      take: limit + 1,
    });
    const page = rows.slice(0, limit).map(toCorrection);
    const last = page.at(-1);
    return {
      items: page,
      next: rows.length > limit && last ? { key: String(last.id), id: String(last.id) } : null,
    };
  }

  count(filter: CurationFilter): Promise<number> {
    return this.db.correction.count({ where: where(filter) });
  }
}

// Days are UTC: "until" takes the whole day.
const where = (f: CurationFilter) => ({
  ...(f.by ? { by: f.by } : {}),
  ...(f.event ? { eventId: f.event } : {}),
  ...(f.since || f.until
    ? {
        createdAt: {
          ...(f.since ? { gte: new Date(`${f.since}T00:00:00Z`) } : {}),
          ...(f.until ? { lt: new Date(Date.parse(`${f.until}T00:00:00Z`) + 86_400_000) } : {}),
        },
      }
    : {}),
});
