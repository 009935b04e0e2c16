import { z } from "zod";
import type { Position } from "../lib/cursor.ts";
import { precisionOf } from "../lib/partial-date.ts";
import { REVIEW_KINDS, type ReviewItem, type ReviewKind } from "../schemas/review.ts";
import type { Db } from "./db/client.ts";
import type { Reader } from "./db/read-pool.ts";
import { Int, query, replicaReader } from "./query.ts";
import { FAILED_CORRECTIONS, lowConfidence, nearDuplicates, OPEN_CONFLICTS } from "./sql/review-sql.ts";

// Below this the pipeline is more often wrong than right (see docs/extraction.md on calibration).
const LOW = 0.5;
// Items of each kind looked at per request: the queue is a worklist, not an export of everything.
const CAP = 2000;

const FailedRow = z.object({
  id: Int,
  key: z.string(),
  eventId: z.string(),
  reason: z.string(),
  failure: z.string(),
  title: z.string().nullable(),
});
const placeColumns = {
  venue: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
};
const ConflictRow = z.object({
  id: Int,
  eventId: z.string(),
  field: z.string(),
  kept: z.string(),
  reported: z.string(),
  documentId: z.string(),
  title: z.string(),
  ...placeColumns,
});
const PairRow = z.object({ a: z.string(), aTitle: z.string(), b: z.string(), bTitle: z.string() });
const LowRow = z.object({
  id: z.string(),
  title: z.string(),
  confidence: z.number().nullable(),
  dateConfidence: z.number().nullable(),
  placeConfidence: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  datePrecision: z.string().nullable(),
  ...placeColumns,
});

const corrections = (id: string) => `/events/${id}/corrections`;
const placeOf = (r: z.output<typeof LowRow> | z.output<typeof ConflictRow>) => ({
  venue: r.venue,
  city: r.city,
  region: r.region,
  country: r.country,
});

/** The `set` that takes the disagreeing source's value for the conflicting fact. */
function adopt(r: z.output<typeof ConflictRow>): Record<string, unknown> {
  const [root, part] = r.field.split(".");
  if (root === "place") return { place: { ...placeOf(r), [part ?? "city"]: r.reported } };
  if (root === "date") return { date: { start: r.reported, end: null, precision: precisionOf(r.reported) } };
  return { [r.field]: r.reported };
}

/** The `set` that restates the fact as it stands: a reviewer's confirmation. */
function confirm(r: z.output<typeof LowRow>, field: "date" | "place"): Record<string, unknown> {
  return field === "place"
    ? { place: placeOf(r) }
    : { date: { start: r.startDate, end: r.endDate, precision: r.datePrecision } };
}

/** What a reviewer should look at first: lost decisions, then disagreements, then doubts. */
export class ReviewRepository {
  private readonly main: Reader;

  constructor(db: Db) {
    // Reads go to the read replica when there is one (replicaReader); writes never pass here.
    this.main = replicaReader(db);
  }

  async page(kind: ReviewKind | undefined, limit: number, after: Position | undefined) {
    const kinds = kind ? [kind] : REVIEW_KINDS;
    const all = (await Promise.all(kinds.map((k) => this.items(k)))).flat();
    const from = after ? all.findIndex((i) => i.key === after.id) + 1 : 0;
    const items = all.slice(from, from + limit);
    const last = items.at(-1);
    return { items, next: all.length > from + limit && last ? { key: last.kind, id: last.key } : null };
  }

  async count(kind: ReviewKind | undefined): Promise<number> {
    return (await this.page(kind, CAP * REVIEW_KINDS.length, undefined)).items.length;
  }

  private async items(kind: ReviewKind): Promise<ReviewItem[]> {
    const none = { other: null, field: null, confidence: null, correction: null };
    switch (kind) {
      case "failed-correction":
        return (await query(this.main, FailedRow, FAILED_CORRECTIONS, [CAP])).map((r) => ({
          ...none,
          kind,
          key: `failed-correction-${r.id}`,
          event: r.title === null ? null : { id: r.eventId, title: r.title },
          correction: r.id,
          detail: `Correction ${r.key} ("${r.reason}") no longer applies: ${r.failure}`,
          action: { method: "POST" as const, href: corrections(r.eventId), body: { reason: r.reason } },
        }));
      case "conflict":
        return (await query(this.main, ConflictRow, OPEN_CONFLICTS, [CAP])).map((r) => ({
          ...none,
          kind,
          key: `conflict-${r.id}`,
          event: { id: r.eventId, title: r.title },
          field: r.field,
          detail: `The event says ${r.field} ${r.kept}; document ${r.documentId} says ${r.reported}`,
          action: {
            method: "POST" as const,
            href: corrections(r.eventId),
            // Adopting the source's reading; restating the event's own value keeps it instead.
            body: { reason: "", set: adopt(r) },
          },
        }));
      case "near-duplicate":
        return (await query(this.main, PairRow, nearDuplicates(this.main.dialect), [CAP])).map((r) => ({
          ...none,
          kind,
          key: `near-duplicate-${r.a}-${r.b}`,
          event: { id: r.b, title: r.bTitle },
          other: { id: r.a, title: r.aTitle },
          detail: "The same officials at overlapping dates: one meeting reported twice, or two to tell apart",
          action: { method: "POST" as const, href: corrections(r.b), body: { reason: "", mergeInto: r.a } },
        }));
      case "low-confidence":
        return (await query(this.main, LowRow, lowConfidence(this.main.dialect), [LOW, LOW, LOW, CAP])).map(
          (r) => {
            const facts = [
              ["event", r.confidence],
              ["date", r.dateConfidence],
              ["place", r.placeConfidence],
            ] as const;
            const [field, confidence] = [...facts].sort((x, y) => (x[1] ?? 1) - (y[1] ?? 1))[0] ?? [
              "event",
              null,
            ];
            return {
              ...none,
              kind,
              key: `low-confidence-${r.id}`,
              event: { id: r.id, title: r.title },
              field: field === "event" ? null : field,
              confidence,
              detail:
                field === "event"
                  ? "The pipeline is unsure this is an event at all"
                  : `The pipeline is unsure of the ${field}`,
              action: {
                method: "POST" as const,
                href: corrections(r.id),
                // Deleting what is no event, or confirming the fact as it stands (a reviewed fact is certain).
                body:
                  field === "event" ? { reason: "", delete: true } : { reason: "", set: confirm(r, field) },
              },
            };
          },
        );
    }
  }
}
