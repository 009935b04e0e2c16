import { z } from "zod";

export const ReextractReportSchema = z
  .object({
    pipelineVersion: z.string().describe("The pipeline that re-read the documents"),
    documents: z.number().int(),
    resumedFrom: z
      .number()
      .int()
      .describe("Documents an interrupted run had already read, which this run took over (0 if none)"),
    failedDocuments: z.array(z.object({ id: z.string(), reason: z.string() })),
    corrections: z.number().int().describe("Corrections re-applied"),
    failedCorrections: z
      .array(z.object({ id: z.number().int(), key: z.string(), field: z.string(), reason: z.string() }))
      .describe("Corrections that no longer apply: kept, listed in GET /review"),
    events: z.object({
      before: z.number().int(),
      after: z.number().int(),
      added: z.number().int(),
      removed: z.number().int(),
      changed: z.number().int(),
    }),
    changedFields: z
      .record(z.string(), z.number().int())
      .describe("Per field, how many events it changed in"),
  })
  .meta({ id: "ReextractReport" });

export const JobSchema = z
  .object({
    id: z.uuid(),
    kind: z.literal("reextract"),
    state: z.enum(["running", "succeeded", "failed"]),
    by: z.string().nullable().describe("The admin key's name"),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .describe("Documents re-read so far"),
    report: ReextractReportSchema.nullable().describe("What changed, once it succeeded"),
    error: z.string().nullable().describe("Why it failed; the database is then as it was"),
  })
  .meta({ id: "Job" });

export const JobParamsSchema = z.strictObject({
  id: z
    .uuid()
    .max(36)
    .describe("The job id from POST /admin/reextract")
    .meta({ example: "0b8e2f4c-6b1d-4d38-9a51-2f1c6f7e9a10" }),
});
export type Job = z.infer<typeof JobSchema>;
