import { z } from "zod";
import { FACETS, INTERVALS } from "./aggregates.ts";
import { asOfParam, CountryParam, exportQuery, PaginationQuery, PlainText, SlugParam } from "./common.ts";
import { EVENT_FIELDS, EVENT_INCLUDES } from "./event.ts";
import { EVENT_KINDS, EVENT_STATUSES, MEETING_KINDS, OrganizationSchema } from "./extraction.ts";

/** A comma-separated list of known names, deduplicated; an unknown one is named in the 400. */
export const nameList = <const T extends readonly [string, ...string[]]>(names: T) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(500)
    .regex(/^[A-Za-z, ]+$/, "must be a comma-separated list of names")
    .transform((v, ctx) => {
      const items = [...new Set(v.split(",").map((x) => x.trim()))];
      const unknown = items.filter((x) => !names.includes(x));
      if (unknown.length)
        ctx.addIssue({
          code: "custom",
          message: `unknown ${unknown.join(", ")}; known: ${names.join(", ")}`,
        });
      return items as T[number][];
    });

const DateParam = z
  .string()
  .max(10)
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date: YYYY-MM-DD (or YYYY-MM, YYYY)");
const many = <T extends z.ZodType>(item: T) => z.array(item).max(20);
const CountryList = z
  .string()
  .max(29)
  .regex(/^[A-Z]{2}(,[A-Z]{2}){0,9}$/, "must be comma-separated ISO 3166-1 alpha-2 codes such as US,CN")
  .transform((v) => v.split(","));
export const SearchText = PlainText.trim()
  .min(1, "must not be empty")
  .max(1000, "must be at most 1000 characters");

/** from/to, inclusive, describing what they bound. */
export const dateRange = (what: string) => ({
  from: DateParam.optional()
    .describe(`${what} on or after this date (inclusive)`)
    .meta({ example: "2023-01-01" }),
  to: DateParam.optional()
    .describe(`${what} on or before this date (inclusive)`)
    .meta({ example: "2024-12-31" }),
});

const eventFilters = {
  ...dateRange("Events"),
  official: many(SlugParam)
    .optional()
    .describe("Official id; repeat the parameter to require several officials in the same event")
    .meta({ example: ["joe-biden"] }),
  topic: many(SlugParam)
    .optional()
    .describe("Topic id; repeat to require several topics")
    .meta({ example: ["taiwan"] }),
  anyOfficial: many(SlugParam)
    .optional()
    .describe("Official id; repeat: events that at least one of them attended")
    .meta({ example: ["joe-biden", "antony-blinken"] }),
  anyTopic: many(SlugParam)
    .optional()
    .describe("Topic id; repeat: events about at least one of them")
    .meta({ example: ["taiwan", "fentanyl"] }),
  countries: CountryList.optional()
    .describe("Comma-separated ISO codes: every one of these countries is represented (US,CN = US–China)")
    .meta({ example: "US,CN" }),
  place: PlainText.min(1)
    .max(100)
    .optional()
    .describe("City, venue or region (any case), or an ISO country code where the event took place")
    .meta({ example: "Woodside" }),
  q: SearchText.optional()
    .describe(
      'Full-text search of titles, summaries and quotes: words (all must match), "phrases", prefix*, OR, -exclusions',
    )
    .meta({ example: "fentanyl" }),
  country: CountryParam.optional()
    .describe("ISO 3166-1 alpha-2: events held in this country or with a participant representing it")
    .meta({ example: "CN" }),
  status: many(z.enum(EVENT_STATUSES))
    .optional()
    .describe("Status as last reported; repeat for any of several")
    .meta({ example: ["held"] }),
  summit: SlugParam.optional().describe("Summit id: events on its sidelines").meta({ example: "apec-2023" }),
  organization: OrganizationSchema.optional().describe(
    "Events with a participant who took part for this international organisation (EU, UN, NATO, ASEAN, AU, WTO, IMF, WHO, IAEA)",
  ),
  minConfidence: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      "Only events whose confidence.event is at least this (0 to 1; see the Confidence schema). Events stored without a confidence never match.",
    )
    .meta({ example: 0.5 }),
  sort: z
    .enum(["date", "-date", "-sourceCount", "relevance"])
    .default("-date")
    .describe(
      "date ascending, -date (newest first, the default), -sourceCount (most reported first) or relevance (best full-text match first; needs q)",
    )
    .meta({ example: "-date" }),
  facets: nameList(FACETS)
    .optional()
    .describe("Comma-separated: add counts per value (top 50) for the events matching every other filter")
    .meta({ example: "topic,country,year" }),
  fields: nameList(EVENT_FIELDS)
    .optional()
    .describe("Comma-separated: return only these fields of each event (id is always returned)")
    .meta({ example: "id,title,date,participants" }),
  include: nameList(EVENT_INCLUDES)
    .optional()
    .describe(
      "Comma-separated: sources adds each event's reporting documents; evidence adds them with the quotes (and offsets) supporting each fact",
    )
    .meta({ example: "evidence" }),
  ...asOfParam,
  ...exportQuery,
  ...PaginationQuery,
};

export const MeetingQuerySchema = z.strictObject({
  ...eventFilters,
  kind: many(z.enum(MEETING_KINDS))
    .optional()
    .describe("Meeting kind; repeat for any of several")
    .meta({ example: ["in_person"] }),
});

export const EventQuerySchema = z.strictObject({
  ...eventFilters,
  kind: many(z.enum(EVENT_KINDS))
    .optional()
    .describe("Event kind; repeat for any of several")
    .meta({ example: ["in_person"] }),
});

export type EventQuery = z.infer<typeof EventQuerySchema>;
export type MeetingQuery = z.infer<typeof MeetingQuerySchema>;

/** A list's parameters that are not filters: aggregates of the matching events omit them. */
export const LIST_ONLY = {
  sort: true,
  limit: true,
  cursor: true,
  count: true,
  facets: true,
  fields: true,
  include: true,
} as const;

export const TimelineQuerySchema = EventQuerySchema.omit({ ...LIST_ONLY, format: true }).extend({
  interval: z.enum(INTERVALS).default("month").describe("Bucket size").meta({ example: "quarter" }),
  eventsPerBucket: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(20)
    .describe(
      "At most this many event ids per bucket, earliest first (0: counts only); counts are always exact",
    )
    .meta({ example: 20 }),
});
export type TimelineQuery = z.infer<typeof TimelineQuerySchema>;
