import { z } from "zod";
import { asOfParam, CountryParam, exportQuery, PageSchema, PaginationQuery, PlainText } from "./common.ts";
import { CountryCodeSchema, OrganizationSchema, PartialDateSchema, SlugSchema } from "./extraction.ts";

export const RoleSchema = z
  .object({
    title: z.string(),
    organisation: z.string().nullable(),
    country: CountryCodeSchema.nullable().describe(
      "The state the office belongs to; null for an international organisation's",
    ),
    organization: OrganizationSchema.nullable().describe(
      "The international organisation the office belongs to, if any",
    ),
    from: PartialDateSchema.describe("First day in office, at the precision known"),
    to: PartialDateSchema.nullable().describe("Last day in office; null while in office"),
    source: z.string().describe("Where this fact comes from"),
  })
  .meta({ id: "Role" });

export const OfficialSchema = z
  .object({
    id: SlugSchema.meta({ example: "wang-yi" }),
    name: z.string(),
    country: CountryCodeSchema,
    aliases: z.array(z.string()).describe("Other names the sources use"),
    meetingCount: z.number().int().describe("Meetings this official took part in"),
  })
  .meta({ id: "Official" });

export const OfficialDetailSchema = OfficialSchema.extend({
  roles: z.array(RoleSchema).describe("Offices held, oldest first"),
}).meta({ id: "OfficialDetail" });

export const OfficialListSchema = z
  .object({ data: z.array(OfficialSchema), page: PageSchema })
  .meta({ id: "OfficialList" });

export const OfficialQuerySchema = z.strictObject({
  country: CountryParam.optional().describe("ISO 3166-1 alpha-2").meta({ example: "US" }),
  q: PlainText.min(1)
    .max(200)
    .optional()
    .describe("Matches names and aliases, case-insensitively")
    .meta({ example: "blinken" }),
  ...asOfParam,
  ...exportQuery,
  ...PaginationQuery,
});

export type OfficialItem = z.infer<typeof OfficialSchema>;
export type OfficialDetail = z.infer<typeof OfficialDetailSchema>;

export const OfficialNetworkSchema = z
  .object({
    official: SlugSchema,
    counterparts: z.array(
      z.object({
        official: z.object({ id: SlugSchema, name: z.string(), country: z.string() }),
        meetings: z.number().int().describe("Meetings (any status) both attended"),
        lastMet: z
          .string()
          .nullable()
          .describe("Date (at its precision) of the latest meeting reported held"),
        topics: z
          .array(z.object({ id: SlugSchema, name: z.string(), count: z.number().int() }))
          .describe("Topics of those meetings, most frequent first"),
      }),
    ),
  })
  .meta({ id: "OfficialNetwork" });
