import { z } from "zod";
import { DocumentSchema } from "./document.ts";
import { EventSchema, EvidenceSchema, ParticipantSchema, TopicRefSchema } from "./event.ts";
import { PartialDateSchema, SlugSchema } from "./extraction.ts";

export const IngestBodySchema = z
  .strictObject({
    text: z
      .string()
      // The body limit (1 MiB) bounds it in bytes; this says so in characters.
      .max(1_048_576)
      .refine((t) => t.trim().length > 0, "must not be empty")
      .describe("The article text, as published")
      .meta({
        example:
          "U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday to discuss fentanyl and Taiwan.",
      }),
    title: z.string().min(1).max(500).optional(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional()
      .describe("Where it was published; never fetched"),
    publisher: z.string().min(1).max(200).optional(),
    author: z.string().min(1).max(200).optional(),
    publishedAt: z
      .union([PartialDateSchema.max(10), z.iso.datetime({ offset: true }).max(40)])
      .optional()
      .describe("YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 timestamp; inferred from the text when absent")
      .meta({ example: "2024-11-14" }),
  })
  .meta({ id: "IngestRequest" });

export const IngestQuerySchema = z.strictObject({
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .describe("true: return the extraction without writing anything")
    .meta({ example: "false" }),
});

export const IngestedEventSchema = z
  .object({
    extractedId: SlugSchema.describe("The id the pipeline proposed"),
    id: SlugSchema.describe("The stored event: new, or the existing one it was merged into"),
    outcome: z.enum(["created", "merged"]),
  })
  .meta({ id: "IngestedEvent" });

export const IngestResultSchema = z
  .object({
    document: DocumentSchema,
    created: z.boolean().describe("false when the same text had been ingested before"),
    events: z.array(IngestedEventSchema),
  })
  .meta({ id: "IngestResult" });

export const DryRunEventSchema = EventSchema.extend({
  summary: z.string().nullable(),
  evidence: z.array(EvidenceSchema),
}).meta({ id: "ExtractedEvent" });

export const DryRunResultSchema = z
  .object({
    document: z.object({
      id: SlugSchema,
      title: z.string().nullable(),
      sha256: z.string(),
      publishedAt: DocumentSchema.shape.publishedAt,
    }),
    extraction: z.object({
      events: z.array(DryRunEventSchema),
      officials: z.array(ParticipantSchema.extend({ known: z.boolean().describe("In the reference list") })),
      topics: z.array(TopicRefSchema),
    }),
  })
  .meta({ id: "DryRunResult" });

export type IngestBody = z.infer<typeof IngestBodySchema>;
export type DryRunResult = z.infer<typeof DryRunResultSchema>;
