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
    }),
  ),
});

export const DemonymsFileSchema = z.object({
  curation: CurationSchema,
  demonyms: z.record(z.string(), CountryCodeSchema),
  familyNameFirst: z.array(CountryCodeSchema),
  familyNameEither: z.array(CountryCodeSchema),
});

export type TitlesFile = z.infer<typeof TitlesFileSchema>;
export type DemonymsFile = z.infer<typeof DemonymsFileSchema>;
