import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFoundError } from "../lib/errors.ts";
import { nextHref } from "../lib/paging.ts";
import { ChangeFeedSchema, ChangeQuerySchema, HistoryQuerySchema, HistorySchema } from "../schemas/change.ts";
import { idParams, ok, problemResponses } from "../schemas/common.ts";

const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/events/:id/history", {
    schema: {
      operationId: "getEventHistory",
      summary: "Get every version of an event",
      description:
        "Each version of the event, oldest first: what changed (the fields that differ from the version before), why (the extraction of a document by a pipeline version, or a correction with who decided and why), when, and the event as it was then. An event renamed, merged or deleted keeps its history under its old id, ending with the deletion; the event it became lists those versions too (`lineage`), so every document an `asOf` read of it cites appears here as a version.",
      tags: ["events"],
      params: idParams("2023-11-15-biden-xi-woodside"),
      querystring: HistoryQuerySchema,
      response: { 200: ok(HistorySchema, "The event's versions"), ...problemResponses(400, 404) },
    },
    handler: async (req, reply) => {
      const { id } = req.params;
      const { limit, cursor, lineage } = req.query;
      const rows = await app.repos.changes.history(
        id,
        limit,
        cursor ? Number(cursor) : 0,
        lineage === "true",
      );
      if (!rows.length && !cursor) throw new NotFoundError("event history", id);
      const versions = rows.slice(0, limit);
      const nextCursor = rows.length > limit ? String(versions.at(-1)?.seq) : null;
      if (nextCursor) reply.header("Link", `<${nextHref(req, nextCursor)}>; rel="next"`);
      return { id, versions, page: { nextCursor, limit } };
    },
  });

  app.get("/changes", {
    config: { cache: false },
    schema: {
      operationId: "listChanges",
      summary: "Follow the changes to the dataset",
      description:
        "Created, updated and deleted events in commit order, each with the event as it became. Start with `since=0`, keep the `next` cursor, and ask again with it: a client that replays the feed from the beginning (keeping each event's latest `data`, dropping deleted ones) holds the same events as a full export. Each page costs the same at any depth.",
      tags: ["changes"],
      querystring: ChangeQuerySchema,
      response: { 200: ok(ChangeFeedSchema, "Changes after `since`"), ...problemResponses(400) },
    },
    handler: async (req) => {
      const { since, limit } = req.query;
      const rows = await app.repos.changes.feed(Number(since), limit);
      const data = rows.slice(0, limit);
      return { data, next: String(data.at(-1)?.seq ?? Number(since)), more: rows.length > limit };
    },
  });
};

export default historyRoutes;
