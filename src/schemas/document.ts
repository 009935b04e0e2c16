import { z } from "zod";
import { asOfParam, exportQuery, PageSchema, PaginationQuery } from "./common.ts";
import { EvidenceSchema } from "./event.ts";
import { EVENT_KINDS, EVENT_STATUSES, PartialDateSchema, PrecisionSchema, SlugSchema } from "./extraction.ts";

export const PublishedAtSchema = z
  .object({
    value: PartialDateSchema.nullable(),
    precision: PrecisionSchema.nullable(),
    source: z
      .enum(["printed", "inferred", "unknown"])
      .describe("Printed with the article, or inferred from its text"),
    note: z.string().nullable().describe("How the date was known"),
  })
  .meta({ id: "PublishedAt" });

export const DocumentSchema = z
  .object({
    id: SlugSchema.meta({ example: "wang-yi-washington-visit-2023" }),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    author: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: PublishedAtSchema,
    sha256: z.string().describe("SHA-256 of the text"),
    ingestedAt: z.string().describe("When Summitry ingested it (ISO 8601)"),
    eventCount: z.number().int().describe("Events this document reports"),
  })
  .meta({ id: "Document" });

export const DocumentDetailSchema = DocumentSchema.extend({
  text: z.string().describe("Full text; evidence offsets index it"),
  events: z
    .array(
      z.object({
        id: SlugSchema,
        title: z.string(),
        kind: z.enum(EVENT_KINDS),
        status: z.enum(EVENT_STATUSES).describe("Status as this document reported it"),
        evidence: z.array(EvidenceSchema),
      }),
    )
    .describe("What was extracted from this document"),
}).meta({ id: "DocumentDetail" });

export const DocumentListSchema = z
  .object({ data: z.array(DocumentSchema), page: PageSchema })
  .meta({ id: "DocumentList" });
export const DocumentQuerySchema = z.strictObject({ ...PaginationQuery, ...asOfParam, ...exportQuery });

export type DocumentItem = z.infer<typeof DocumentSchema>;
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;
