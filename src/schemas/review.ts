import { z } from "zod";
import { exportQuery, PageSchema, PaginationQuery } from "./common.ts";

export const REVIEW_KINDS = ["failed-correction", "conflict", "near-duplicate", "low-confidence"] as const;

const EventRefSchema = z.object({ id: z.string(), title: z.string().nullable() });

export const ReviewItemSchema = z
  .object({
    kind: z
      .enum(REVIEW_KINDS)
      .describe(
        "failed-correction: a reviewer's decision the last re-extraction could not re-apply; conflict: sources disagree on a fact; near-duplicate: two events of the same officials and overlapping dates that did not merge; low-confidence: an unreviewed event or fact the pipeline is unsure of",
      ),
    key: z.string().describe("Stable id of the item"),
    event: EventRefSchema.nullable().describe("The event to look at (null when it no longer exists)"),
    other: EventRefSchema.nullable().describe("For a near-duplicate, the event it may be the same as"),
    field: z.string().nullable().describe("The fact in question: date, place, participants…"),
    confidence: z.number().nullable().describe("For low-confidence items, the pipeline's confidence"),
    correction: z.number().int().nullable().describe("For a failed correction, its id in GET /curations"),
    detail: z.string().describe("What is wrong, in words"),
    action: z
      .object({
        method: z.literal("POST"),
        href: z.string().describe("Where to send the correction that resolves it"),
        body: z.record(z.string(), z.unknown()).describe("A correction to start from (fill in the reason)"),
      })
      .describe("The correction that would resolve it; send it with If-Match from GET on the event"),
  })
  .meta({ id: "ReviewItem" });

export const ReviewListSchema = z
  .object({ data: z.array(ReviewItemSchema), page: PageSchema })
  .meta({ id: "ReviewList" });

export const ReviewQuerySchema = z.strictObject({
  kind: z.enum(REVIEW_KINDS).optional().describe("Only items of this kind").meta({ example: "conflict" }),
  ...PaginationQuery,
  ...exportQuery,
});

export type ReviewItem = z.infer<typeof ReviewItemSchema>;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
