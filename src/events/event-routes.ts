import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { formatOf } from "../export/export.ts";
import { found } from "../http/list-route.ts";
import { sendStoredList } from "../http/stored-list.ts";
import { after, paged, wanted } from "../lib/paging.ts";
import { AsOfQuerySchema, idParams, ok, okList, problemResponses } from "../schemas/common.ts";
import { EventDetailSchema, EventListSchema } from "../schemas/event.ts";
import { EventQuerySchema, MeetingQuerySchema } from "../schemas/event-query.ts";
import { eventVersion } from "./event-etag.ts";
import { exportEvents } from "./event-export.ts";
import { orderKey, toEventFilter } from "./event-query.ts";
import { shapeEvents } from "./event-shape.ts";

// /meetings and /events are the same resource seen two ways: meetings are the
// events in which officials engage each other (in person, calls, visits, talks…).
const variants = [
  {
    path: "/meetings",
    tag: "meetings",
    noun: "meeting",
    meetingsOnly: true,
    query: MeetingQuerySchema,
    op: "Meeting",
    example: "2023-11-15-biden-xi-woodside",
  },
  {
    path: "/events",
    tag: "events",
    noun: "event",
    meetingsOnly: false,
    query: EventQuerySchema,
    op: "Event",
    example: "2023-02-spy-balloon-incident",
  },
] as const;

const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const v of variants) {
    app.get(v.path, {
      schema: {
        operationId: `list${v.op}s`,
        summary: `List ${v.noun}s`,
        description: `${v.noun[0]?.toUpperCase()}${v.noun.slice(1)}s matching every filter given, newest first unless \`sort=date\`. Paginated with an opaque cursor.`,
        tags: [v.tag],
        querystring: v.query,
        response: { 200: okList(EventListSchema, `A page of ${v.noun}s`), ...problemResponses(400) },
      },
      handler: async (req, reply) => {
        const { limit, cursor, count, fields, include, format, ...rest } = req.query;
        const filter = await toEventFilter(app, rest, v.meetingsOnly);
        const order = orderKey(v.tag, rest.sort, rest.asOf);
        const from = after(app, order, cursor);
        const as = formatOf(req, format);
        const shape = { fields, include, asOf: rest.asOf };
        if (as !== "json") return exportEvents(reply, as, v.tag, { filter, sort: rest.sort, from, shape });
        const total = () => wanted(count, () => app.repos.events.count(filter));
        if (!fields && !include && !rest.asOf && !rest.facets) {
          // The plain page, the most asked: its items as stored, spliced into the body.
          const page = await app.repos.events.listStored(filter, rest.sort, limit, from);
          const body = paged(req, reply, order, limit, { items: [], next: page.next }, await total());
          return sendStoredList(reply, page.items, body.page);
        }
        const page = await app.repos.events.list(filter, rest.sort, limit, from);
        const items = await shapeEvents(app, page.items, shape);
        const facets = rest.facets ? { facets: await app.repos.events.facets(filter, rest.facets) } : {};
        return { ...paged(req, reply, order, limit, { ...page, items }, await total()), ...facets };
      },
    });

    app.get(`${v.path}/:id`, {
      config: { resourceVersion: eventVersion(app) },
      schema: {
        operationId: `get${v.op}`,
        summary: `Get ${/^[aeiou]/.test(v.noun) ? "an" : "a"} ${v.noun} with its sources`,
        description: `The ${v.noun}, its summary, and per source document the status it reported and the quotes (with character offsets) supporting each fact.`,
        tags: [v.tag],
        params: idParams(v.example),
        querystring: AsOfQuerySchema,
        response: {
          200: ok(EventDetailSchema, `The ${v.noun} with its sources`),
          ...problemResponses(400, 404),
        },
      },
      handler: async (req) => {
        return found(
          await app.repos.events.get(req.params.id, v.meetingsOnly, req.query.asOf),
          v.noun,
          req.params.id,
        );
      },
    });
  }
};

export default eventRoutes;
