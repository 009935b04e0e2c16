import type { FastifyReply, FastifyRequest } from "fastify";
import { after, paged, wanted } from "../lib/paging.ts";
import type { MeetingQuery } from "../schemas/event.ts";
import { orderKey, toEventFilter } from "./event-query.ts";

/** The meetings list narrowed to one official or topic: /officials/{id}/meetings, /topics/{id}/meetings. */
export async function nestedMeetings(
  req: FastifyRequest,
  reply: FastifyReply,
  scope: "official" | "topic",
  id: string,
  query: MeetingQuery,
) {
  const app = req.server;
  const { limit, cursor, count, ...rest } = query;
  const filter = await toEventFilter(app, { ...rest, [scope]: [id, ...(rest[scope] ?? [])] }, true);
  const order = orderKey(`${scope}-meetings`, rest.sort, rest.asOf);
  const page = await app.repos.events.list(filter, rest.sort, limit, after(app, order, cursor));
  return paged(req, reply, order, limit, page, await wanted(count, () => app.repos.events.count(filter)));
}
