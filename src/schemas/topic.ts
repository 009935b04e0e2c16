import { z } from "zod";
import { asOfParam, exportQuery, PageSchema, PaginationQuery } from "./common.ts";
import { SlugSchema } from "./extraction.ts";

export const TopicSchema = z
  .object({
    id: SlugSchema.meta({ example: "taiwan" }),
    name: z.string(),
    description: z.string(),
    keywords: z.array(z.string()).describe("Phrases that signal the topic in news text"),
    eventCount: z.number().int().describe("Events at which the topic came up"),
    meetingCount: z.number().int().describe("Meetings at which the topic came up"),
  })
  .meta({ id: "Topic" });

export const TopicListSchema = z
  .object({ data: z.array(TopicSchema), page: PageSchema })
  .meta({ id: "TopicList" });
export const TopicQuerySchema = z.strictObject({ ...PaginationQuery, ...asOfParam, ...exportQuery });

export type TopicItem = z.infer<typeof TopicSchema>;
