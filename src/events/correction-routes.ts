import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HttpProblem, NotFoundError } from "../lib/errors.ts";
import { idParams, problemResponses } from "../schemas/common.ts";
import { CorrectionInputSchema } from "../schemas/correction.ts";
import { CorrectionSchema } from "../schemas/correction-output.ts";
import { EventDetailSchema } from "../schemas/event.ts";
import { checkIfMatch } from "./event-etag.ts";

const CorrectedSchema = z
  .object({
    correction: CorrectionSchema,
    event: EventDetailSchema.nullable().describe(
      "The event as it is now (the one merged into, renamed to or created); null once deleted",
    ),
  })
  .meta({ id: "CorrectionResult" });

const Preconditions = z.object({
  "if-match": z
    .string()
    .max(2000)
    // One or more entity tags, or *.
    .regex(/^\s*(?:\*|(?:W\/)?"[^"]*"(?:\s*,\s*(?:W\/)?"[^"]*")*)\s*$/, "must be entity tags or *")
    .optional()
    .describe("The ETag of GET /events/{id} the correction was written against (required, except to create)")
    .meta({ example: '"e3-9zV1qK2mYb0wR7tA"' }),
  "if-none-match": z
    .literal("*")
    .optional()
    .describe("`*` to create an event the pipeline missed")
    .meta({ example: "*" }),
});

const correctionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post("/events/:id/corrections", {
    onRequest: app.requireWriteKey,
    config: { writes: true },
    schema: {
      operationId: "correctEvent",
      summary: "Correct an event",
      description:
        "Applies a reviewed correction, the operations of seeds/curation.json plus `split`: set fields, add or remove topics and participants, rename, merge into another event, delete, create a missed event with quotes the server checks against the article text, or split off the sources that report another event. `reason` is required; the key's name is recorded as `by`. Send `If-Match` with the ETag of `GET /events/{id}`: a stale one is refused with 412, none with 428. To create, send `If-None-Match: *` to the new event's id. The correction is kept and re-applied after re-extraction; it appears in the event's history and in GET /curations. Requires an editor key.",
      tags: ["events"],
      security: [{ bearerAuth: [] }],
      params: idParams("2023-11-15-biden-xi-woodside"),
      headers: Preconditions,
      body: CorrectionInputSchema,
      response: {
        200: {
          description: "Applied: the correction as recorded and the event after it",
          content: { "application/json": { schema: CorrectedSchema } },
        },
        201: {
          description: "Created the event the pipeline missed",
          content: { "application/json": { schema: CorrectedSchema } },
        },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 428),
      },
    },
    handler: async (req, reply) => {
      const { id } = req.params;
      const creating = req.body.create !== undefined;
      const result = await app.repos.corrections.correct(
        id,
        req.body,
        req.principal?.name ?? "unknown",
        (version) => {
          if (creating) {
            if (req.headers["if-none-match"]?.trim() !== "*")
              throw new HttpProblem(428, "If-None-Match: send * to create an event", {
                in: "header",
                field: "If-None-Match",
              });
            if (version !== null)
              throw new HttpProblem(412, `If-None-Match: event ${id} exists`, {
                in: "header",
                field: "If-None-Match",
              });
            return;
          }
          if (version === null) throw new NotFoundError("event", id);
          checkIfMatch(req, version);
        },
      );
      app.dataset.touch();
      return reply.code(creating ? 201 : 200).send(result);
    },
  });
};

export default correctionRoutes;
