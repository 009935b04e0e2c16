import { z } from "zod";
import { CountryCodeSchema } from "./extraction.ts";

const CurationSchema = z.object({ by: z.string().min(1), reason: z.string().min(1) });

export const TitlesFileSchema = z.object({
  curation: CurationSchema,
  titles: z.array(
    z.object({
      patterns: z.array(z.string().min(1)).min(1),
      role: z.string().min(1).nullable(),
      leader: z.boolean(),
      /** A title only one state uses ("Secretary of State", "Kremlin spokesman"): its country. */
      country: CountryCodeSchema.optional(),
    }),
  ),
  /**
   * Offices of a city or province ("Shanghai party secretary", "the Governor of Tokyo"):
   * the place names the official's country. {place} in the role is the place's name.
   */
  localTitles: z
    .array(z.object({ patterns: z.array(z.string().min(1)).min(1), role: z.string().min(1) }))
    .default([]),
});

export const DemonymsFileSchema = z.object({
  curation: CurationSchema,
  demonyms: z.record(z.string(), CountryCodeSchema),
  familyNameFirst: z.array(CountryCodeSchema),
  familyNameEither: z.array(CountryCodeSchema),
  /**
   * Where a country's government sits when that is not its capital (The Hague, Putrajaya),
   * or null where no one city is its seat: what "the prime minister's office" means there.
   */
  seatsOfGovernment: z.record(CountryCodeSchema, z.string().min(1).nullable()).default({}),
});

export type TitlesFile = z.infer<typeof TitlesFileSchema>;
export type DemonymsFile = z.infer<typeof DemonymsFileSchema>;

/** The fitted confidence model (npm run calibrate): weights and per-source accuracies. */
export const ConfidenceFileSchema = z.object({
  curation: CurationSchema,
  fittedOn: z.string().min(1),
  /** Logistic weights over the event features of src/extract/confidence.ts; bias included. */
  weights: z.record(z.string(), z.number()),
  /** For each fact, the accuracy observed for each way it was read (smoothed), by key. */
  facts: z.object({
    date: z.record(z.string(), z.number().min(0).max(1)),
    place: z.record(z.string(), z.number().min(0).max(1)),
    participants: z.record(z.string(), z.number().min(0).max(1)),
    topics: z.record(z.string(), z.number().min(0).max(1)),
  }),
});

export type ConfidenceFile = z.infer<typeof ConfidenceFileSchema>;
