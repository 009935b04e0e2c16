import { z } from "zod";
import { FACETS, INTERVALS } from "./aggregates.ts";
import { EventDateSchema, PageSchema, PlaceSchema } from "./common.ts";
import {
  CountryCodeSchema,
  EVENT_KINDS,
  EVENT_STATUSES,
  EVIDENCE_FIELDS,
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
    action: z.enum(["set", "add", "remove", "create", "merge", "rename", "delete", "split"]),
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
  version: z
    .number()
    .int()
    .min(0)
    .describe(
      "Counts the recorded changes of the event (GET /events/{id}/history); a correction's If-Match names the ETag of the version it was written against",
    ),
  sources: z.array(SourceSchema),
  curation: z.array(CurationNoteSchema).describe("Reviewed corrections applied to this event"),
  conflicts: z
    .array(ConflictSchema)
    .describe("Facts a source reported differently, kept rather than overwritten"),
}).meta({ id: "EventDetail" });

export const EventVersionSchema = EventSchema.extend({
  summary: z.string().nullable(),
  version: z.number().int().min(1).describe("Which version of the event this is"),
}).meta({
  id: "EventVersion",
  description:
    "An event as one version left it: what lists show, with its summary (the quotes are at GET /events/{id})",
});

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

export type EventItem = z.infer<typeof EventSchema>;
export type EventDetail = z.infer<typeof EventDetailSchema>;
export type ListSource = z.infer<typeof ListSourceSchema>;
export type EventListItem = z.infer<typeof EventListItemSchema>;
export type SparseEvent = z.infer<typeof SparseEventSchema>;
export type EventVersion = z.infer<typeof EventVersionSchema>;
