import { z } from "zod";
import { PaginationQuery } from "./common.ts";
import { EventVersionSchema } from "./event.ts";
import { SlugSchema } from "./extraction.ts";
import { OfficialDetailSchema } from "./official.ts";

export const CHANGE_OPS = ["created", "updated", "deleted"] as const;
export const CHANGE_CAUSES = ["extraction", "correction", "reextraction", "reference"] as const;

export const ChangeSchema = z
  .object({
    seq: z.number().int().describe("Position in commit order, over every entity: what `since` resumes after"),
    entity: z.enum(["event", "official"]).describe("What changed"),
    id: SlugSchema.describe("Its id"),
    version: z.number().int().min(1).describe("The entity's version after this change (1: created)"),
    op: z.enum(CHANGE_OPS),
    at: z.iso.datetime().describe("When the change was committed"),
    cause: z
      .enum(CHANGE_CAUSES)
      .describe(
        "extraction: a document was read; correction: a reviewer decided; reextraction: a newer pipeline re-read the documents; reference: the reference list of officials was updated",
      ),
    document: SlugSchema.nullable().describe("The document whose extraction made the change"),
    pipelineVersion: z.string().nullable().describe("The extraction pipeline that read it"),
    correction: z.number().int().nullable().describe("The correction (GET /curations) that made the change"),
    by: z.string().nullable().describe("Who: the API key's name or the reviewer; null for the seed"),
    reason: z.string().nullable().describe("Why, for a correction"),
    fields: z.array(z.string()).describe("The fields that differ from the previous version"),
    data: z
      .union([EventVersionSchema, OfficialDetailSchema])
      .nullable()
      .describe("The event or official as it was after the change; null once deleted"),
  })
  .meta({ id: "Change" });

export const HistorySchema = z
  .object({
    id: SlugSchema,
    versions: z.array(ChangeSchema).describe("Oldest first"),
    page: z.object({
      nextCursor: z
        .string()
        .nullable()
        .describe("Pass as `cursor` for later versions; null on the last page"),
      limit: z.number().int(),
    }),
  })
  .meta({ id: "EventHistory" });

export const ChangeFeedSchema = z
  .object({
    data: z.array(ChangeSchema).describe("Changes in commit order"),
    next: z
      .string()
      .describe("Pass as `since` to resume after the last change here; the same cursor when there was none"),
    more: z.boolean().describe("true: more changes are waiting, ask again at once"),
  })
  .meta({ id: "ChangeFeed" });

const cursor = z
  .string()
  .max(15)
  .regex(/^\d+$/, "must be a cursor from an earlier answer's `next` (or 0 for the beginning)");

export const ChangeQuerySchema = z.strictObject({
  since: cursor
    .default("0")
    .describe("Resume after this cursor (0: from the beginning)")
    .meta({ example: "0" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .describe("At most this many changes")
    .meta({ example: 100 }),
});

export const HistoryQuerySchema = z.strictObject({
  cursor: cursor.optional().describe("From an earlier answer's page.nextCursor"),
  limit: PaginationQuery.limit,
  lineage: z
    .enum(["true", "false"])
    .default("true")
    .describe(
      "true: also the versions of the events a correction renamed or merged into this one, or split it from, up to that correction (each version's `id` says whose it is); false: this id's versions only",
    )
    .meta({ example: "true" }),
});

export type Change = z.infer<typeof ChangeSchema>;
