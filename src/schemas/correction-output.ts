import { z } from "zod";
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
