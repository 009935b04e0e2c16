import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { nestedMeetings } from "../events/nested-meetings.ts";
import { exportList } from "../export/export.ts";
import { NotFoundError } from "../lib/errors.ts";
import { after, paged, wanted } from "../lib/paging.ts";
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
      const { limit, cursor, count, asOf, format, ...filter } = req.query;
      const from = after(app, "officials", cursor);
      const exported = exportList(
        req,
        reply,
        { name: "officials", format, from, columns: OFFICIAL_COLUMNS },
        (n, at) => app.repos.officials.list(filter, n, at, asOf),
      );
      if (exported) return exported;
      const page = await app.repos.officials.list(filter, limit, from, asOf);
      const total = await wanted(count, () => app.repos.officials.count(filter));
      return paged(req, reply, "officials", limit, page, total);
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
      const official = await app.repos.officials.get(req.params.id, req.query.asOf);
      if (!official) throw new NotFoundError("official", req.params.id);
      return official;
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
