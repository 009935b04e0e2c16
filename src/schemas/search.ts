import { z } from "zod";
import { asOfParam, PageSchema, PaginationQuery } from "./common.ts";
import { dateRange, SearchText } from "./event-query.ts";

export const SEARCH_TYPES = ["document", "event", "official", "topic"] as const;

export const SearchQuerySchema = z.strictObject({
  q: SearchText.describe(
    'Words (all must match), "exact phrases", prefix* (at least 2 letters), OR between two items, -word to exclude. Anything else is searched as plain text.',
  ).meta({ example: "fentanyl" }),
  type: z
    .array(z.enum(SEARCH_TYPES))
    .max(4)
    .optional()
    .describe("Only hits of these types; repeat for several")
    .meta({ example: ["event"] }),
  ...dateRange("Only dated hits (events, documents)"),
  ...asOfParam,
  ...PaginationQuery,
});

export const SearchHitSchema = z
  .object({
    type: z.enum(SEARCH_TYPES),
    id: z.string().describe("Id of the document, event, official or topic; GET /{type}s/{id} has it whole"),
    title: z.string(),
    score: z.number().describe("BM25 relevance (higher is better); comparable within one search"),
    snippet: z
      .string()
      .describe("HTML-escaped text around the matches, each match wrapped in <mark>…</mark>"),
  })
  .meta({ id: "SearchHit" });

export const SearchResultSchema = z
  .object({ data: z.array(SearchHitSchema), page: PageSchema })
  .meta({ id: "SearchResult" });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;
