import { z } from "zod";
import {
  CountryCodeSchema,
  EVIDENCE_FIELDS,
  EventKindSchema,
  EventStatusSchema,
  PartialDateSchema,
  PrecisionSchema,
} from "./extraction.ts";

// What a reviewer sends to POST /events/{id}/corrections: the operations of
// seeds/curation.json, bounded (every string and list has a limit, OWASP API4), and
// without control characters in free text.

const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    // A plain character class, as PlainText (common.ts) explains; tabs and newlines allowed.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, "must not contain control characters");
const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug such as joe-biden");
const slugs = (what: string) => z.array(slug).min(1).max(50).describe(what);
const date = z.strictObject({
  start: PartialDateSchema.max(10),
  end: PartialDateSchema.max(10).nullable(),
  precision: PrecisionSchema,
});
const place = z.strictObject({
  venue: text(200).nullable(),
  city: text(200).nullable(),
  region: text(200).nullable(),
  country: CountryCodeSchema.max(2).nullable(),
});
const participant = z.strictObject({
  official: slug,
  role: text(200).nullable(),
  side: CountryCodeSchema.max(2).nullable().describe("The state they took part for"),
});
const evidence = z.strictObject({
  field: z.enum(EVIDENCE_FIELDS),
  value: text(200).nullable(),
  quote: text(2000).describe("Must be the document's text between start and end"),
  start: z.number().int().min(0).max(10_000_000),
  end: z.number().int().min(1).max(10_000_000),
});

export const CorrectionSetSchema = z
  .strictObject({
    kind: EventKindSchema.optional(),
    status: EventStatusSchema.optional(),
    title: text(300).optional(),
    date: date.optional(),
    place: place.optional(),
    summit: slug.nullable().optional(),
  })
  .refine((s) => Object.keys(s).length > 0, "must set at least one field");

export const CorrectionCreateSchema = z.strictObject({
  kind: EventKindSchema,
  title: text(300),
  summary: text(2000).nullable().default(null),
  date: z.strictObject({
    start: PartialDateSchema.max(10).nullable(),
    end: PartialDateSchema.max(10).nullable(),
    precision: PrecisionSchema.nullable(),
  }),
  place,
  summit: slug.nullable().default(null),
  participants: z
    .array(participant.extend({ organization: z.null().default(null) }))
    .min(1)
    .max(50),
  topics: z.array(slug).max(50).default([]),
  sources: z
    .array(
      z.strictObject({
        document: slug,
        status: EventStatusSchema,
        evidence: z.array(evidence).min(1).max(200),
      }),
    )
    .min(1)
    .max(100),
});

export const CorrectionSplitSchema = z.strictObject({
  id: slug.describe("The new event's id"),
  documents: slugs("The sources that report the new event: they move to it, with their quotes"),
});

const STRUCTURAL = ["create", "mergeInto", "renameTo", "delete", "split"] as const;

export const CorrectionInputSchema = z
  .strictObject({
    reason: text(2000).min(10).describe("Why: recorded with the correction, shown in the event's history"),
    set: CorrectionSetSchema.optional(),
    addTopics: slugs("Topics to attach").optional(),
    removeTopics: slugs("Topics to detach").optional(),
    addParticipants: z.array(participant).min(1).max(50).optional(),
    removeParticipants: slugs("Officials who did not take part").optional(),
    mergeInto: slug.optional().describe("The event this one is the same as: everything moves there"),
    renameTo: slug.optional().describe("A new id; the old one answers 404 afterwards"),
    delete: z.literal(true).optional().describe("Not an event (a statement, a handshake…)"),
    create: CorrectionCreateSchema.optional().describe(
      "An event the pipeline missed, with its quotes (send If-None-Match: *)",
    ),
    split: CorrectionSplitSchema.optional(),
  })
  .refine((c) => STRUCTURAL.filter((k) => c[k] !== undefined).length <= 1, {
    message: `may create, merge, rename, delete or split, not several`,
  })
  .refine((c) => Object.keys(c).some((k) => k !== "reason"), { message: "must carry at least one operation" })
  .meta({ id: "CorrectionRequest" });

export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;
