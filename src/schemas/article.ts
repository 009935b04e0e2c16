import { z } from "zod";
import { PartialDateSchema, PrecisionSchema, SlugSchema } from "./extraction.ts";

// The metadata header of an article file: a YAML block between `---` lines.
export const ArticleHeaderSchema = z.strictObject({
  id: SlugSchema,
  title: z.string().min(1).nullable().default(null),
  publisher: z.string().min(1).nullable().default(null),
  author: z.string().min(1).nullable().default(null),
  url: z.url().nullable().default(null),
  publishedAt: PartialDateSchema.nullable().default(null),
  publishedAtPrecision: PrecisionSchema.nullable().default(null),
  publishedAtSource: z.enum(["printed", "inferred", "unknown"]).default("unknown"),
  publishedAtNote: z.string().nullable().default(null),
});

export type ArticleHeader = z.infer<typeof ArticleHeaderSchema>;
