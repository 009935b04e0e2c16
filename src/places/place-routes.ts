import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { toEventFilter } from "../events/event-query.ts";
import { formatOf, sendExport } from "../export/export.ts";
import { okList, problemResponses } from "../schemas/common.ts";
import { PlacesQuerySchema, PlacesSchema } from "../schemas/place.ts";
import { PLACE_COLUMNS } from "./place-csv.ts";

// An export lists every place: as many as there are cities, a bounded number.
const ALL = 1_000_000;

const placeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/places", {
    schema: {
      operationId: "listPlaces",
      summary: "Where meetings took place",
      description:
        "The meetings matching every filter (the filters of /meetings), counted per place: city, region and country as reported, each city with its point on the map.",
      tags: ["meetings"],
      querystring: PlacesQuerySchema,
      response: { 200: okList(PlacesSchema, "Places, most meetings first"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { limit, format, ...rest } = req.query;
      const filter = await toEventFilter(app, { ...rest, sort: "-date" }, true);
      const as = formatOf(req, format);
      if (as === "json") return app.repos.places.places(filter, limit);
      const { places } = await app.repos.places.places(filter, ALL);
      return sendExport(reply, as, "places", [places], PLACE_COLUMNS);
    },
  });
};

export default placeRoutes;
