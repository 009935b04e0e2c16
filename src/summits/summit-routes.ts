import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFoundError } from "../lib/errors.ts";
import { after, paged, wanted } from "../lib/paging.ts";
import { idParams, ok, problemResponses } from "../schemas/common.ts";
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
      const { limit, cursor, count } = req.query;
      const page = await app.repos.summits.list(limit, after(app, "summits", cursor));
      return paged(req, reply, "summits", limit, page, await wanted(count, () => app.repos.summits.count()));
    },
  });

  app.get("/summits/:id", {
    schema: {
      operationId: "getSummit",
      summary: "Get a summit with the meetings on its sidelines",
      tags: ["summits"],
      params: idParams("apec-2023"),
      response: {
        200: ok(SummitDetailSchema, "The summit with its sideline meetings"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req) => {
      const summit = await app.repos.summits.get(req.params.id);
      if (!summit) throw new NotFoundError("summit", req.params.id);
      return summit;
    },
  });
};

export default summitRoutes;
