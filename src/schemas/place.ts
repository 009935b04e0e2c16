import { z } from "zod";
import { LIST_ONLY, MeetingQuerySchema } from "./event-query.ts";
import { CountryCodeSchema } from "./extraction.ts";

export const PlacesQuerySchema = MeetingQuerySchema.omit(LIST_ONLY).extend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(5000)
    .default(500)
    .describe("At most this many places, most meetings first (1 to 5000); `more` says when there are others")
    .meta({ example: 500 }),
});
export type PlacesQuery = z.infer<typeof PlacesQuerySchema>;

export const GeoPointSchema = z
  .object({
    lat: z.number().min(-90).max(90).describe("Latitude, WGS 84 degrees"),
    lon: z.number().min(-180).max(180).describe("Longitude, WGS 84 degrees"),
  })
  .meta({ id: "GeoPoint" });

export const PlaceCountSchema = z
  .object({
    city: z.string().nullable().describe("null: the meetings are placed in the country only"),
    region: z.string().nullable().describe("First-level region: state, province or capital district"),
    country: CountryCodeSchema.nullable().describe("ISO 3166-1 alpha-2"),
    count: z.number().int().describe("Meetings held here (a venue's count with its city's)"),
    location: GeoPointSchema.nullable().describe(
      "The city's point in GeoNames (the city, not the venue); null when the place has no city or GeoNames has no such city in the country",
    ),
  })
  .meta({ id: "PlaceCount" });
export type PlaceCount = z.infer<typeof PlaceCountSchema>;

export const PlacesSchema = z
  .object({
    places: z.array(PlaceCountSchema),
    more: z.boolean().describe("true when more places matched than `limit`"),
    unplaced: z.number().int().describe("Matching meetings with no known place"),
  })
  .meta({ id: "Places" });
