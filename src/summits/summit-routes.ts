import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFoundError } from "../lib/errors.ts";
import { after, paged, wanted } from "../lib/paging.ts";
import { AsOfQuerySchema, idParams, ok, problemResponses } from "../schemas/common.ts";
import { SummitDetailSchema, SummitListSchema, SummitQuerySchema } from "../schemas/summit.ts";

const summitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/summits", {
    schema: {
      operationId: "listSummits",
      summary: "List summits",
      description: "Multilateral gatherings (APEC, G20, COP…) with dates and place.",
      tags: ["summits"],
      querystring: SummitQuerySchema,
      response: { 200: ok(SummitListSchema, "A page of summits"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { limit, cursor, count, asOf } = req.query;
      const page = await app.repos.summits.list(limit, after(app, "summits", cursor), asOf);
      return paged(req, reply, "summits", limit, page, await wanted(count, () => app.repos.summits.count()));
    },
  });

  app.get("/summits/:id", {
    schema: {
      operationId: "getSummit",
      summary: "Get a summit with the meetings on its sidelines",
      tags: ["summits"],
      params: idParams("apec-2023"),
      querystring: AsOfQuerySchema,
      response: {
        200: ok(SummitDetailSchema, "The summit with its sideline meetings"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req) => {
      const { asOf } = req.query;
      const summit = await app.repos.summits.get(req.params.id, asOf);
      if (!summit) throw new NotFoundError("summit", req.params.id);
      const filter = { meetingsOnly: true, summit: summit.id, asOf };
      return { ...summit, meetings: await app.repos.events.all(filter, "date") };
    },
  });
};

export default summitRoutes;
