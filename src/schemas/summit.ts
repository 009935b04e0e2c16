import { z } from "zod";
import {
  asOfParam,
  EventDateSchema,
  exportQuery,
  PageSchema,
  PaginationQuery,
  PlaceSchema,
} from "./common.ts";
import { EventSchema } from "./event.ts";
import { SlugSchema } from "./extraction.ts";

export const SummitSchema = z
  .object({
    id: SlugSchema.meta({ example: "apec-2023" }),
    name: z.string(),
    series: z.string().nullable(),
    date: EventDateSchema,
    place: PlaceSchema,
    source: z.string().describe("Where the dates and place come from"),
    meetingCount: z.number().int().describe("Meetings held on its sidelines"),
  })
  .meta({ id: "Summit" });

export const SummitDetailSchema = SummitSchema.extend({
  meetings: z.array(EventSchema).describe("Meetings held on its sidelines, in date order"),
}).meta({ id: "SummitDetail" });

export const SummitListSchema = z
  .object({ data: z.array(SummitSchema), page: PageSchema })
  .meta({ id: "SummitList" });
export const SummitQuerySchema = z.strictObject({ ...PaginationQuery, ...asOfParam, ...exportQuery });

export type SummitItem = z.infer<typeof SummitSchema>;
