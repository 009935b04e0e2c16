import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { nestedMeetings } from "../events/nested-meetings.ts";
import { found, sendList } from "../http/list-route.ts";
import { NotFoundError } from "../lib/errors.ts";
import { AsOfQuerySchema, idParams, ok, okList, problemResponses } from "../schemas/common.ts";
import { EventListSchema } from "../schemas/event.ts";
import { MeetingQuerySchema } from "../schemas/event-query.ts";
import { OfficialDetailSchema, OfficialListSchema, OfficialQuerySchema } from "../schemas/official.ts";
import { OFFICIAL_COLUMNS } from "./official-csv.ts";

const officialRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/officials", {
    schema: {
      operationId: "listOfficials",
      summary: "List officials",
      description: "Leaders and senior officials, by name. Filter by country or search names and aliases.",
      tags: ["officials"],
      querystring: OfficialQuerySchema,
      response: { 200: okList(OfficialListSchema, "A page of officials"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { asOf, limit, cursor, count, format, ...filter } = req.query;
      return sendList(req, reply, {
        name: "officials",
        query: { limit, cursor, count, format },
        columns: OFFICIAL_COLUMNS,
        page: (n, at) => app.repos.officials.list(filter, n, at, asOf),
        count: () => app.repos.officials.count(filter),
      });
    },
  });

  app.get("/officials/:id", {
    schema: {
      operationId: "getOfficial",
      summary: "Get an official with roles over time",
      description:
        "The official, the names they are known by, how many meetings they took part in, and each role with its dates and the source of that fact.",
      tags: ["officials"],
      params: idParams("wang-yi"),
      querystring: AsOfQuerySchema,
      response: {
        200: ok(OfficialDetailSchema, "The official with roles over time"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req) => {
      return found(await app.repos.officials.get(req.params.id, req.query.asOf), "official", req.params.id);
    },
  });

  app.get("/officials/:id/meetings", {
    schema: {
      operationId: "listOfficialMeetings",
      summary: "List an official's meetings",
      description: "The meetings list restricted to this official; every /meetings filter applies too.",
      tags: ["officials", "meetings"],
      params: idParams("wang-yi"),
      querystring: MeetingQuerySchema,
      response: {
        200: okList(EventListSchema, "A page of the official's meetings"),
        ...problemResponses(400, 404),
      },
    },
    handler: async (req, reply) => {
      if ((await app.repos.officials.missing([req.params.id])).length)
        throw new NotFoundError("official", req.params.id);
      return nestedMeetings(req, reply, "official", req.params.id, req.query);
    },
  });
};

export default officialRoutes;
