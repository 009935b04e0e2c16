import type { FastifyReply, FastifyRequest } from "fastify";
import { formatOf } from "../export/export.ts";
import { after, paged, wanted } from "../lib/paging.ts";
import type { MeetingQuery } from "../schemas/event-query.ts";
import { exportEvents } from "./event-export.ts";
import { orderKey, toEventFilter } from "./event-query.ts";
import { shapeEvents } from "./event-shape.ts";

/** The meetings list narrowed to one official or topic: /officials/{id}/meetings, /topics/{id}/meetings. */
export async function nestedMeetings(
  req: FastifyRequest,
  reply: FastifyReply,
  scope: "official" | "topic",
  id: string,
  query: MeetingQuery,
) {
  const app = req.server;
  const { limit, cursor, count, fields, include, format, ...rest } = query;
  const filter = await toEventFilter(app, { ...rest, [scope]: [id, ...(rest[scope] ?? [])] }, true);
  const order = orderKey(`${scope}-meetings`, rest.sort, rest.asOf);
  const from = after(app, order, cursor);
  const shape = { fields, include, asOf: rest.asOf };
  const as = formatOf(req, format);
  if (as !== "json")
    return exportEvents(reply, as, `${id}-meetings`, { filter, sort: rest.sort, from, shape });
  const page = await app.repos.events.list(filter, rest.sort, limit, from);
  const items = await shapeEvents(app, page.items, shape);
  const total = await wanted(count, () => app.repos.events.count(filter));
  return paged(req, reply, order, limit, { ...page, items }, total);
}
