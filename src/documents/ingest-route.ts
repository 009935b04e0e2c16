import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { articleFrom } from "../ingest/ingest.ts";
import { BadRequestError } from "../lib/errors.ts";
import { firstDay, isRealDate } from "../lib/partial-date.ts";
import { problemResponses } from "../schemas/common.ts";
import {
  DryRunResultSchema,
  IngestBodySchema,
  IngestQuerySchema,
  IngestResultSchema,
} from "../schemas/ingest.ts";

const ingestRoute: FastifyPluginAsyncZod = async (app) => {
  app.post("/documents", {
    // Authentication runs before the body is read: no key, no parsing.
    onRequest: app.requireWriteKey,
    config: { writes: true },
    schema: {
      operationId: "ingestDocument",
      summary: "Ingest a news article",
      description:
        "Runs the extraction pipeline on the text and merges what it finds into the dataset: events reported by earlier articles gain a source, new ones are created. The same text posted again changes nothing and answers 200. With `dryRun=true` the extraction is returned and nothing is written. Requires `Authorization: Bearer <key>`.",
      tags: ["documents"],
      security: [{ bearerAuth: [] }],
      querystring: IngestQuerySchema,
      body: IngestBodySchema,
      response: {
        201: {
          description: "Ingested: the new document and, per extracted event, what it became",
          content: { "application/json": { schema: IngestResultSchema } },
        },
        200: {
          description: "The same text was already ingested (IngestResult), or a dry run (DryRunResult)",
          content: { "application/json": { schema: IngestResultSchema.or(DryRunResultSchema) } },
        },
        ...problemResponses(400, 401, 403, 413, 415),
      },
    },
    handler: async (req, reply) => {
      const { text, publishedAt, ...meta } = req.body;
      const day = publishedAt?.slice(0, 10);
      if (day && !isRealDate(day.length === 10 ? day : (publishedAt ?? ""))) {
        throw new BadRequestError("publishedAt", `${publishedAt} is not a calendar date`, "body");
      }
      if (day && firstDay(day) > new Date().toISOString().slice(0, 10)) {
        throw new BadRequestError("publishedAt", "is in the future", "body");
      }
      const article = articleFrom(text, { ...meta, publishedAt: day ?? null });
      if (req.query.dryRun === "true") return reply.code(200).send(app.repos.ingest.dryRun(article));
      const result = await app.repos.ingest
        .ingest(article, req.principal?.name ?? null)
        .catch((err: unknown) => {
          app.metrics.ingests.inc({ outcome: "failed" });
          throw err;
        });
      app.dataset.touch();
      app.metrics.ingests.inc({ outcome: result.created ? "created" : "duplicate" });
      return reply.code(result.created ? 201 : 200).send(result);
    },
  });
};

export default ingestRoute;
