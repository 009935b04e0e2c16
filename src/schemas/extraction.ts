import countries from "i18n-iso-countries";
import { z } from "zod";
import { EVENT_KINDS, EVENT_STATUSES, MEETING_KINDS, PRECISIONS } from "./vocabulary.ts";

// The extraction format: what the pipeline emits for one article and what
// seeds/extracted/*.json holds. Offsets index the article body (metadata header
// excluded) in UTF-16 code units, as JavaScript's String#slice does.

export { EVENT_KINDS, EVENT_STATUSES, MEETING_KINDS, PRECISIONS };
export const PrecisionSchema = z.enum(PRECISIONS);
export const EventKindSchema = z.enum(EVENT_KINDS);
export const isMeetingKind = (kind: EventKind) => (MEETING_KINDS as readonly string[]).includes(kind);
export const EventStatusSchema = z.enum(EVENT_STATUSES);

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug such as joe-biden");

export const PartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be YYYY, YYYY-MM or YYYY-MM-DD",
  );

/**
 * States that no longer exist keep the alpha-2 codes ISO 3166 reserves for them, so that
 * a historic meeting ("Reagan and Gorbachev in Geneva in 1985") has its parties.
 */
export const FORMER_STATES: Record<string, string> = {
  SU: "Soviet Union",
  DD: "East Germany",
  YU: "Yugoslavia",
  CS: "Czechoslovakia",
};

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as US")
  .refine(
    (c) => countries.isValid(c) || c in FORMER_STATES,
    "is not an assigned ISO 3166-1 alpha-2 code (nor one reserved for a former state: SU, DD, YU, CS)",
  );

/** International organisations that take part in engagements as parties of their own. */
export const ORGANIZATIONS = ["EU", "UN", "NATO", "ASEAN", "AU", "WTO", "IMF", "WHO", "IAEA"] as const;
export const OrganizationSchema = z
  .enum(ORGANIZATIONS)
  .describe(
    "An international organisation the official acted for (EU, UN, NATO, ASEAN, AU, WTO, IMF, WHO, IAEA)",
  );

export const EVIDENCE_FIELDS = [
  "event",
  "kind",
  "status",
  "date",
  "place",
  "summit",
  "participant",
  "topic",
] as const;

export const EvidenceSchema = z.object({
  field: z.enum(EVIDENCE_FIELDS),
  value: z.string().nullable().default(null),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const ExtractedDateSchema = z.object({
  start: PartialDateSchema.nullable(),
  end: PartialDateSchema.nullable().default(null),
  precision: PrecisionSchema.nullable(),
});

export const ExtractedPlaceSchema = z.object({
  venue: z.string().nullable().default(null),
  city: z.string().nullable().default(null),
  region: z.string().nullable().default(null),
  country: CountryCodeSchema.nullable().default(null),
});

export const ExtractedParticipantSchema = z.object({
  official: SlugSchema,
  role: z.string().nullable().default(null),
  /** The state the official took part for; null when they took part for an organisation. */
  side: CountryCodeSchema.nullable().default(null),
  organization: OrganizationSchema.nullable().default(null),
});

const share = z.number().min(0).max(1);

/** How sure the pipeline is of the event and of each fact (see docs/extraction.md#confidence). */
export const ConfidenceSchema = z.object({
  event: share,
  participants: share,
  date: share.nullable(),
  place: share.nullable(),
  topics: share.nullable(),
});

/** A reviewed correction is a person's reading, not the pipeline's: certain where it says something. */
export function reviewedConfidence(e: {
  date: { start: string | null };
  place: { country: string | null; city: string | null };
  topics: string[];
}): z.infer<typeof ConfidenceSchema> {
  return {
    event: 1,
    participants: 1,
    date: e.date.start ? 1 : null,
    place: e.place.country || e.place.city ? 1 : null,
    topics: e.topics.length ? 1 : null,
  };
}

export const ExtractedEventSchema = z.object({
  id: SlugSchema,
  kind: EventKindSchema,
  status: EventStatusSchema,
  title: z.string().min(1),
  summary: z.string().nullable().default(null),
  date: ExtractedDateSchema,
  place: ExtractedPlaceSchema,
  summit: SlugSchema.nullable().default(null),
  participants: z.array(ExtractedParticipantSchema),
  topics: z.array(SlugSchema).default([]),
  confidence: ConfidenceSchema,
  evidence: z.array(EvidenceSchema).min(1),
});

export const ExtractedOfficialSchema = z.object({
  id: SlugSchema,
  name: z.string().min(1),
  country: CountryCodeSchema,
  /** The international organisation the official acted for when the article was written. */
  organization: OrganizationSchema.nullable().default(null),
  role: z.string().nullable().default(null),
  aliases: z.array(z.string()).default([]),
});

export const PublishedAtSchema = z.object({
  value: PartialDateSchema.nullable(),
  precision: PrecisionSchema.nullable(),
  source: z.enum(["printed", "inferred", "unknown"]),
  note: z.string().nullable().default(null),
});

export const ExtractionSchema = z.object({
  formatVersion: z.literal(1),
  document: z.object({
    id: SlugSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().nullable().default(null),
    publishedAt: PublishedAtSchema,
  }),
  officials: z.array(ExtractedOfficialSchema),
  events: z.array(ExtractedEventSchema),
});

export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Evidence = z.infer<typeof EvidenceSchema>;
export type ExtractedEvent = z.infer<typeof ExtractedEventSchema>;
export type ExtractedOfficial = z.infer<typeof ExtractedOfficialSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
