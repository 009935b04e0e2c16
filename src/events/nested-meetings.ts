import type { FastifyInstance } from "fastify";
import { after, paged } from "../lib/paging.ts";
import type { MeetingQuery } from "../schemas/event.ts";
import { toEventFilter } from "./event-query.ts";

/** The meetings list narrowed to one official or topic: /officials/{id}/meetings, /topics/{id}/meetings. */
export async function nestedMeetings(
  app: FastifyInstance,
  scope: "official" | "topic",
  id: string,
  query: MeetingQuery,
) {
  const { sort, limit, cursor, ...rest } = query;
  const filter = await toEventFilter(app, { ...rest, [scope]: [id, ...(rest[scope] ?? [])] }, true);
  const order = `${scope}-meetings:${sort}`;
  return paged(
    app,
    order,
    limit,
    await app.repos.events.list(filter, sort, limit, after(app, order, cursor)),
  );
}
