import { z } from "zod";
import { FACETS, INTERVALS } from "../data/sql/aggregate-sql.ts";
import {
  asOfParam,
  CountryParam,
  EventDateSchema,
  exportQuery,
  PageSchema,
  PaginationQuery,
  PlaceSchema,
  PlainText,
  SlugParam,
} from "./common.ts";
import {
  CountryCodeSchema,
  EVENT_KINDS,
  EVENT_STATUSES,
  EVIDENCE_FIELDS,
  MEETING_KINDS,
  OrganizationSchema,
  PrecisionSchema,
  SlugSchema,
} from "./extraction.ts";

export const ParticipantSchema = z
  .object({
    id: SlugSchema,
    name: z.string(),
    country: CountryCodeSchema.nullable().describe(
      "Country the official represented; null when they took part for an international organisation",
    ),
    organization: OrganizationSchema.nullable().describe(
      "The international organisation the official took part for (EU, UN, NATO, ASEAN, AU, …), else null",
    ),
    role: z.string().nullable().describe("The official's role at the time of the event"),
  })
  .meta({ id: "Participant" });

export const TopicRefSchema = z.object({ id: SlugSchema, name: z.string() }).meta({ id: "TopicRef" });
export const SummitRefSchema = z.object({ id: SlugSchema, name: z.string() }).meta({ id: "SummitRef" });

const share = (what: string) => z.number().min(0).max(1).nullable().describe(what);

export const EventConfidenceSchema = z
  .object({
    event: share("That the engagement took place as an event of this kind between these parties"),
    participants: share("That every participant listed took part"),
    date: share("That the date is right at its precision (null: no date)"),
    place: share("That the place is right (null: no place)"),
    topics: share("That a topic listed was discussed (null: no topics)"),
  })
  .meta({
    id: "Confidence",
    description:
      "How sure the data is, from 0 to 1: the share of readings like this one that were right on the news corpus's development split (a logistic model over documented features for the event; the accuracy of facts read the same way for each fact). Several sources: the highest any gave. 1 where a reviewed correction decided. See docs/extraction.md.",
  });

export const EventSchema = z
  .object({
    id: SlugSchema.meta({ example: "2023-11-15-biden-xi-woodside" }),
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES).describe("What the latest source reports"),
    title: z.string(),
    date: EventDateSchema,
    place: PlaceSchema,
    summit: SummitRefSchema.nullable(),
    participants: z.array(ParticipantSchema),
    topics: z.array(TopicRefSchema),
    sourceCount: z.number().int().describe("How many documents report this event"),
    curated: z
      .boolean()
      .describe("A reviewed correction changed something the pipeline extracted; see curation in the detail"),
    confidence: EventConfidenceSchema,
  })
  .meta({
    id: "Event",
    description: "An engagement or other dated event, merged across every article that reports it.",
  });

export const EvidenceSchema = z
  .object({
    field: z.enum(EVIDENCE_FIELDS).describe("Which fact the quote supports"),
    value: z
      .string()
      .nullable()
      .describe("Official, topic or summit id for participant/topic/summit evidence"),
    quote: z.string(),
    start: z.number().int().describe("Offset of the quote in the document text (UTF-16 code units)"),
    end: z.number().int(),
  })
  .meta({ id: "Evidence" });

export const DocumentRefSchema = z
  .object({
    id: SlugSchema,
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    publishedPrecision: PrecisionSchema.nullable(),
  })
  .meta({ id: "DocumentRef" });

export const SourceSchema = z
  .object({
    document: DocumentRefSchema,
    status: z.enum(EVENT_STATUSES).describe("Status as this document reported it"),
    evidence: z.array(EvidenceSchema),
  })
  .meta({ id: "Source" });

export const CurationNoteSchema = z
  .object({
    action: z.enum(["set", "add", "remove", "create", "merge", "rename", "delete"]),
    field: z.string().nullable().describe("What was corrected: kind, date, place, topic, participant…"),
    value: z.unknown().describe("The value it was given (JSON)"),
    by: z.string().describe("Who decided"),
    reason: z.string().describe("Why"),
  })
  .meta({ id: "CurationNote" });

export const ConflictSchema = z
  .object({
    document: SlugSchema.describe("The source that disagrees"),
    field: z.string(),
    kept: z.string().describe("What the event says"),
    reported: z.string().describe("What that source says instead"),
  })
  .meta({ id: "Conflict" });

export const EventDetailSchema = EventSchema.extend({
  summary: z.string().nullable(),
  sources: z.array(SourceSchema),
  curation: z.array(CurationNoteSchema).describe("Reviewed corrections applied to this event"),
  conflicts: z
    .array(ConflictSchema)
    .describe("Facts a source reported differently, kept rather than overwritten"),
}).meta({ id: "EventDetail" });

export const FacetValueSchema = z
  .object({
    value: z.string().describe("Topic/official id, kind, status, ISO country code or year"),
    label: z.string().nullable().describe("Name, for topic and official ids"),
    count: z.number().int().describe("Matching events with this value"),
  })
  .meta({ id: "FacetValue" });

export const FacetsSchema = z
  .partialRecord(z.enum(FACETS), z.array(FacetValueSchema))
  .meta({ id: "Facets", description: "Per requested facet, its values by descending count" });

export const EVENT_FIELDS = [
  "id",
  "kind",
  "status",
  "title",
  "date",
  "place",
  "summit",
  "participants",
  "topics",
  "sourceCount",
  "curated",
  "confidence",
] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export const EVENT_INCLUDES = ["sources", "evidence"] as const;
export type EventInclude = (typeof EVENT_INCLUDES)[number];

export const ListSourceSchema = SourceSchema.extend({
  evidence: z.array(EvidenceSchema).optional().describe("Only with include=evidence"),
}).meta({ id: "ListSource" });

const expansions = {
  sources: z
    .array(ListSourceSchema)
    .optional()
    .describe("Only with include=sources (or evidence): the documents reporting the event, latest first"),
};

export const EventListItemSchema = EventSchema.extend(expansions).meta({
  id: "EventListItem",
  description: "An event, with its sources when include= asks for them.",
});

export const SparseEventSchema = EventSchema.partial()
  .extend({ id: EventSchema.shape.id, ...expansions })
  .meta({ id: "SparseEvent", description: "An event with only the fields= asked for (and always its id)." });

export const EventListSchema = z
  .object({
    data: z.array(z.union([EventListItemSchema, SparseEventSchema])),
    page: PageSchema,
    facets: FacetsSchema.optional().describe("Only with ?facets="),
  })
  .meta({ id: "EventList" });

const EventIdsSchema = z.object({
  count: z.number().int().describe("Exact number of events"),
  events: z.array(SlugSchema).describe("Their ids, earliest first, at most eventsPerBucket"),
  more: z
    .boolean()
    .describe("true when count exceeds the ids listed: page through /events with the period as from/to"),
});

export const TimelineSchema = z
  .object({
    interval: z.enum(INTERVALS),
    buckets: z.array(
      EventIdsSchema.extend({
        period: z.string().describe("2024-11 (month), 2024-Q4 (quarter) or 2024 (year)"),
      }),
    ),
    imprecise: EventIdsSchema.describe(
      "Events whose dates span more than one period (dated only to a year, say)",
    ),
    undated: EventIdsSchema.describe("Events with no date"),
  })
  .meta({ id: "Timeline" });

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

export type EventItem = z.infer<typeof EventSchema>;
export type EventDetail = z.infer<typeof EventDetailSchema>;
export type ListSource = z.infer<typeof ListSourceSchema>;
export type EventListItem = z.infer<typeof EventListItemSchema>;
export type SparseEvent = z.infer<typeof SparseEventSchema>;
export type EventQuery = z.infer<typeof EventQuerySchema>;
export type MeetingQuery = z.infer<typeof MeetingQuerySchema>;

export const TimelineQuerySchema = EventQuerySchema.omit({
  sort: true,
  limit: true,
  cursor: true,
  count: true,
  facets: true,
  fields: true,
  include: true,
  format: true,
}).extend({
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
