import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { toEventFilter } from "../events/event-query.ts";
import { ok, problemResponses } from "../schemas/common.ts";
import { PlacesQuerySchema, PlacesSchema } from "../schemas/place.ts";

const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/places", {
    schema: {
      operationId: "listPlaces",
      summary: "Where meetings took place",
      description:
        "The meetings matching every filter (the filters of /meetings), counted per place: city, region and country as reported, each city with its point on the map.",
      tags: ["meetings"],
      querystring: PlacesQuerySchema,
      response: { 200: ok(PlacesSchema, "Places, most meetings first"), ...problemResponses(400) },
    },
    handler: async (req) => {
      const { limit, ...rest } = req.query;
      const filter = await toEventFilter(app, { ...rest, sort: "-date" }, true);
      return app.repos.places.places(filter, limit);
    },
  });
};

export default placeRoutes;
