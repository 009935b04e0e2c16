import { z } from "zod";
import { isRealDate } from "../lib/partial-date.ts";
import { CountryCodeSchema, PartialDateSchema, PrecisionSchema, SlugSchema } from "./extraction.ts";

export const ProblemSchema = z
  .object({
    type: z.string().describe("URI reference identifying the problem type"),
    title: z.string().describe("Short summary of the problem type"),
    status: z.number().int().describe("HTTP status code"),
    detail: z.string().optional().describe("Explanation specific to this occurrence"),
    instance: z.string().optional().describe("The request path"),
    errors: z
      .array(
        z.object({
          in: z.enum(["query", "path", "body", "header"]).describe("Where the offending value was sent"),
          field: z.string().describe("Name of the offending parameter or body field"),
          message: z.string(),
        }),
      )
      .optional()
      .describe("Field-level details of a validation failure"),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem details object (application/problem+json)." });

export const PageSchema = z
  .object({
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` to get the next page; null on the last page"),
    limit: z.number().int(),
    total: z
      .number()
      .int()
      .optional()
      .describe("Exact number of items matching the filters, across all pages; only with count=true"),
  })
  .meta({
    id: "Page",
    description:
      'Keyset pagination: the next page\'s URL is also in the Link header (rel="next"). Cursors are signed and bound to the sort order.',
  });

export const EventDateSchema = z
  .object({
    start: PartialDateSchema.nullable().describe("YYYY, YYYY-MM or YYYY-MM-DD, matching precision"),
    end: PartialDateSchema.nullable().describe("Last day of a multi-day event, or null"),
    precision: PrecisionSchema.nullable().describe(
      "How precisely the sources date the event; null when undated",
    ),
  })
  .meta({ id: "EventDate" });

export const PlaceSchema = z
  .object({
    venue: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable().describe("First-level region: state, province or capital district"),
    country: CountryCodeSchema.nullable().describe("ISO 3166-1 alpha-2"),
  })
  .meta({ id: "Place" });

/** An id given as a parameter: a slug the router accepts (at most 100 characters). */
export const SlugParam = SlugSchema.max(100, "must be at most 100 characters");

/** ISO country code as a parameter. */
export const CountryParam = CountryCodeSchema.max(2);

// Free text from a client (search words, place names): any character but controls.
// (A plain character class: JSON Schema validators do not all read \p{…} escapes.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
export const PlainText = z.string().regex(/^[^\u0000-\u001f\u007f]*$/, "must not contain control characters");

/** Path parameters of a single-resource route; the example is a real id of that resource. */
export const idParams = (example: string) =>
  z.strictObject({ id: SlugParam.describe("Stable human-readable id (slug)").meta({ example }) });

/** A 200 response with a description, for the spec and the Swagger UI. */
export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const CsvExportSchema = z
  .string()
  .describe("A header row, then one row per item in stable columns (UTF-8)")
  .meta({ id: "CsvExport" });
const NdjsonExportSchema = z
  .string()
  .describe("One JSON item per line, as in data[]")
  .meta({ id: "NdjsonExport" });

/** A list's 200: a JSON page, or every row as CSV or NDJSON (see exportQuery). */
export const okList = <T extends z.ZodType>(schema: T, description: string) => ({
  description: `${description}; with format=csv|ndjson (or Accept: text/csv, application/x-ndjson), every matching row, streamed`,
  content: {
    "application/json": { schema },
    "text/csv": { schema: CsvExportSchema },
    "application/x-ndjson": { schema: NdjsonExportSchema },
  },
});

export const exportQuery = {
  format: z
    .enum(["json", "csv", "ndjson"])
    .optional()
    .describe(
      "json (a page, the default), or csv / ndjson: every matching row from the cursor on, streamed (limit, count and facets do not apply). Accept: text/csv or application/x-ndjson does the same.",
    )
    .meta({ example: "json" }),
};

export const PaginationQuery = {
  cursor: z
    .string()
    .min(1)
    .max(512)
    .regex(/^[A-Za-z0-9_.-]+$/, "is not a cursor this API issued")
    .optional()
    .describe("Opaque cursor from `page.nextCursor` of the previous page"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .describe("Page size, 1 to 100")
    .meta({ example: 20 }),
  count: z
    .enum(["true", "false"])
    .default("false")
    .describe("true: add the exact number of matching items as page.total (one more query)")
    .meta({ example: "false" }),
};

/** ?asOf=: read the dataset as the documents published by that day described it. */
export const asOfParam = {
  asOf: z
    .string()
    .max(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day: YYYY-MM-DD")
    .refine(isRealDate, "is not a calendar date")
    .optional()
    .describe(
      "Answer from the documents published on or before this day only (statuses as then reported, sources then known). A document dated only to a month or year counts from the end of that period.",
    )
    .meta({ example: "2024-11-14" }),
};

export const AsOfQuerySchema = z.strictObject(asOfParam);

export const problemResponses = (...codes: (400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 428 | 503)[]) => {
  const out: Record<number, unknown> = {};
  for (const code of [...codes, 500]) {
    out[code] = {
      description: PROBLEM_DESCRIPTIONS[code] ?? "Error",
      content: { "application/problem+json": { schema: ProblemSchema } },
    };
  }
  return out;
};

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid request: a parameter is unknown, malformed or out of range",
  401: "Missing or invalid API key",
  403: "Writes are disabled on this server",
  404: "No resource with that id",
  409: "The id the request would create is taken",
  412: "The resource changed since the version named in If-Match (or exists, for If-None-Match: *)",
  428: "The write must name the version it was made against (If-Match) or say it creates (If-None-Match: *)",
  413: "Request body too large",
  415: "Unsupported content type",
  500: "Internal Server Error",
  503: "Service unavailable",
};

export type Problem = z.infer<typeof ProblemSchema>;
