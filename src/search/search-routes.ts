import { createHash } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { BadRequestError } from "../lib/errors.ts";
import { toFtsQuery } from "../lib/fts-query.ts";
import { after, paged, wanted } from "../lib/paging.ts";
import { isRealDate } from "../lib/partial-date.ts";
import { ok, problemResponses } from "../schemas/common.ts";
import { SearchQuerySchema, SearchResultSchema } from "../schemas/search.ts";

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/search", {
    schema: {
      operationId: "search",
      summary: "Full-text search across documents, events, officials and topics",
      description:
        "Ranked by BM25 (titles weigh more than text), each hit with a highlighted snippet. Any input is safe: what is not search syntax is searched as words.",
      tags: ["search"],
      querystring: SearchQuerySchema,
      response: { 200: ok(SearchResultSchema, "A page of hits, best first"), ...problemResponses(400) },
    },
    handler: async (req, reply) => {
      const { q, type, from, to, asOf, limit, cursor, count } = req.query;
      for (const [key, v] of [
        ["from", from],
        ["to", to],
      ] as const) {
        if (v !== undefined && !isRealDate(v)) throw new BadRequestError(key, `${v} is not a calendar date`);
      }
      // Cursors are bound to the search they page through (hashed: q can be long).
      const order = `search:${createHash("sha256")
        .update(JSON.stringify([q, type, from, to, asOf]))
        .digest("base64url")
        .slice(0, 16)}`;
      const params = {
        match: toFtsQuery(q),
        types: type ? [...new Set(type)] : undefined,
        from,
        to,
        asOf,
        limit,
        after: after(app, order, cursor),
      };
      const { hits, next } = await app.repos.search.page(params);
      const total = await wanted(count, () => app.repos.search.count(params));
      return paged(req, reply, order, limit, { items: hits, next }, total);
    },
  });
};

export default searchRoutes;
