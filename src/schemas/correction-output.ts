import { z } from "zod";
import { isRealDate } from "../lib/partial-date.ts";
import { exportQuery, PageSchema, PaginationQuery, PlainText, SlugParam } from "./common.ts";
import { SlugSchema } from "./extraction.ts";

export const CorrectionSchema = z
  .object({
    id: z.number().int().describe("Order of application: later corrections were applied after earlier ones"),
    key: z.string().describe("Stable name: a seeds/curation.json key, or api-<uuid> for one sent over HTTP"),
    event: SlugSchema.describe("The event it was applied to (its id at the time)"),
    by: z.string().describe("Who decided: the API key's name, or the curation file's reviewer"),
    reason: z.string().describe("Why"),
    createdAt: z.iso.datetime().describe("When it was applied"),
    operations: z
      .record(z.string(), z.unknown())
      .describe(
        "What it did, as in seeds/curation.json: set, addTopics, removeTopics, addParticipants, removeParticipants, mergeInto, renameTo, delete, create, split",
      ),
  })
  .meta({ id: "Correction" });

export type Correction = z.infer<typeof CorrectionSchema>;

export const CorrectionListSchema = z
  .object({ data: z.array(CorrectionSchema), page: PageSchema })
  .meta({ id: "CorrectionList" });

const day = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day: YYYY-MM-DD")
  .refine(isRealDate, "is not a calendar date");

export const CurationQuerySchema = z.strictObject({
  by: PlainText.min(1)
    .max(200)
    .optional()
    .describe("Only corrections by this reviewer or key name")
    .meta({ example: "alice" }),
  event: SlugParam.optional()
    .describe("Only corrections applied to this event id")
    .meta({ example: "2023-11-15-biden-xi-woodside" }),
  since: day.optional().describe("Applied on or after this day (UTC)").meta({ example: "2026-01-01" }),
  until: day.optional().describe("Applied on or before this day (UTC)").meta({ example: "2026-12-31" }),
  ...PaginationQuery,
  ...exportQuery,
});

export type CurationFilter = Pick<z.infer<typeof CurationQuerySchema>, "by" | "event" | "since" | "until">;
