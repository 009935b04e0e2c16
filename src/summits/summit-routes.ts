import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { found, sendList } from "../http/list-route.ts";
import { AsOfQuerySchema, idParams, ok, okList, problemResponses } from "../schemas/common.ts";
import { SummitDetailSchema, SummitListSchema, SummitQuerySchema } from "../schemas/summit.ts";
import { SUMMIT_COLUMNS } from "./summit-csv.ts";

const summitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/summits", {
    schema: {
      operationId: "listSummits",
      summary: "List summits",
      description: "Multilateral gatherings (APEC, G20, COP…) with dates and place.",
      tags: ["summits"],
      querystring: SummitQuerySchema,
      response: { 200: okList(SummitListSchema, "A page of summits"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { asOf } = req.query;
      return sendList(req, reply, {
        name: "summits",
        query: req.query,
        columns: SUMMIT_COLUMNS,
        page: (n, at) => app.repos.summits.list(n, at, asOf),
        count: () => app.repos.summits.count(),
      });
    },
  });

  app.get("/summits/:id", {
    schema: {
      operationId: "getSummit",
      summary: "Get a summit with the meetings on its sidelines",
      description:
        "The summit's dates, place and source, and every meeting held on its sidelines in date order.",
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
      const summit = found(await app.repos.summits.get(req.params.id, asOf), "summit", req.params.id);
      const filter = { meetingsOnly: true, summit: summit.id, asOf };
      return { ...summit, meetings: await app.repos.events.all(filter, "date") };
    },
  });
};

export default summitRoutes;
