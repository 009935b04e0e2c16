import type { FastifyInstance } from "fastify";
import { BadRequestError } from "../lib/errors.ts";
import { firstDay, isRealDate, lastDay } from "../lib/partial-date.ts";
import type { EventQuery } from "../schemas/event.ts";
import type { EventFilter } from "./event-filter.ts";

/**
 * Checks what the schema cannot (real calendar dates, a forward range, ids that
 * exist) so that a typo is a 400 naming the parameter, never an empty or full list.
 */
export async function toEventFilter(
  app: FastifyInstance,
  q: Omit<EventQuery, "kind" | "sort" | "limit" | "cursor"> & { kind?: string[] },
  meetingsOnly: boolean,
): Promise<EventFilter> {
  for (const key of ["from", "to"] as const) {
    const v = q[key];
    if (v !== undefined && !isRealDate(v)) throw new BadRequestError(key, `${v} is not a calendar date`);
  }
  if (q.from && q.to && firstDay(q.from) > lastDay(q.to))
    throw new BadRequestError("to", "must not be before from");
  const officials = q.official ? [...new Set(q.official)] : undefined;
  const missingOfficials = officials ? await app.repos.officials.missing(officials) : [];
  if (missingOfficials.length)
    throw new BadRequestError("official", `unknown official ${missingOfficials.join(", ")}`);
  const topics = q.topic ? [...new Set(q.topic)] : undefined;
  const missingTopics = topics ? await app.repos.topics.missing(topics) : [];
  if (missingTopics.length) throw new BadRequestError("topic", `unknown topic ${missingTopics.join(", ")}`);
  if (q.summit && !(await app.repos.summits.exists(q.summit)))
    throw new BadRequestError("summit", `unknown summit ${q.summit}`);
  return {
    meetingsOnly,
    from: q.from,
    to: q.to,
    officials,
    topics,
    country: q.country,
    kinds: q.kind,
    statuses: q.status,
    summit: q.summit,
  };
}
