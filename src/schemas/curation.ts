import { z } from "zod";
import {
  CountryCodeSchema,
  EventKindSchema,
  EventStatusSchema,
  EvidenceSchema,
  ExtractedEventSchema,
  PartialDateSchema,
  PrecisionSchema,
  SlugSchema,
} from "./extraction.ts";

// An event the pipeline missed, written out in full with the quotes that support it.
const CreateSchema = ExtractedEventSchema.omit({
  id: true,
  status: true,
  evidence: true,
  confidence: true,
}).extend({
  sources: z
    .array(
      z.strictObject({
        document: SlugSchema,
        status: EventStatusSchema,
        evidence: z.array(EvidenceSchema).min(1),
      }),
    )
    .min(1),
});

// seeds/curation.json: reviewed corrections to what the pipeline extracted. Each entry
// says who decided it and why; the API marks the facts it touched as curated.
export const CurationEntrySchema = z
  .strictObject({
    key: SlugSchema.describe("Stable name of the entry: applied once"),
    event: SlugSchema,
    by: z.string().min(1),
    reason: z.string().min(10),
    set: z
      .strictObject({
        kind: EventKindSchema.optional(),
        status: EventStatusSchema.optional(),
        title: z.string().min(1).optional(),
        date: z
          .strictObject({
            start: PartialDateSchema,
            end: PartialDateSchema.nullable(),
            precision: PrecisionSchema,
          })
          .optional(),
        place: z
          .strictObject({
            venue: z.string().nullable(),
            city: z.string().nullable(),
            region: z.string().nullable(),
            country: CountryCodeSchema.nullable(),
          })
          .optional(),
        summit: SlugSchema.nullable().optional(),
      })
      .optional(),
    addTopics: z.array(SlugSchema).optional(),
    removeTopics: z.array(SlugSchema).optional(),
    addParticipants: z
      .array(
        z.strictObject({
          official: SlugSchema,
          role: z.string().nullable(),
          side: CountryCodeSchema.nullable(),
        }),
      )
      .optional(),
    removeParticipants: z.array(SlugSchema).optional(),
    create: CreateSchema.optional(),
    mergeInto: SlugSchema.optional(),
    renameTo: SlugSchema.optional(),
    delete: z.literal(true).optional(),
    // One event the pipeline merged wrongly: these sources report another, new one.
    split: z.strictObject({ id: SlugSchema, documents: z.array(SlugSchema).min(1) }).optional(),
  })
  .refine(
    (e) => [e.create, e.mergeInto, e.renameTo, e.delete, e.split].filter((x) => x !== undefined).length <= 1,
    { message: "an entry may create, merge, rename, delete or split, not several" },
  );

export const CurationFileSchema = z.strictObject({
  curation: z.strictObject({ by: z.string().min(1), reason: z.string().min(1) }),
  entries: z.array(CurationEntrySchema),
});

export type CurationEntry = z.infer<typeof CurationEntrySchema>;
