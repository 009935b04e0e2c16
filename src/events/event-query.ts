import type { FastifyInstance } from "fastify";
import type { EventFilter } from "../data/event-filter.ts";
import { BadRequestError } from "../lib/errors.ts";
import { toFtsQuery } from "../lib/fts-query.ts";
import { firstDay, isRealDate, lastDay } from "../lib/partial-date.ts";
import type { EventQuery } from "../schemas/event-query.ts";

/**
 * Checks what the schema cannot (real calendar dates, a forward range, ids that
 * exist) so that a typo is a 400 naming the parameter, never an empty or full list.
 */
export async function toEventFilter(
  app: FastifyInstance,
  q: Omit<EventQuery, "kind" | "limit" | "cursor" | "count"> & { kind?: string[] },
  meetingsOnly: boolean,
): Promise<EventFilter> {
  for (const key of ["from", "to"] as const) {
    const v = q[key];
    if (v !== undefined && !isRealDate(v)) throw new BadRequestError(key, `${v} is not a calendar date`);
  }
  if (q.from && q.to && firstDay(q.from) > lastDay(q.to))
    throw new BadRequestError("to", "must not be before from");
  const officials = await known(app, "official", q.official);
  const anyOfficials = await known(app, "anyOfficial", q.anyOfficial);
  const topics = await known(app, "topic", q.topic);
  const anyTopics = await known(app, "anyTopic", q.anyTopic);
  if (q.summit && !(await app.repos.summits.exists(q.summit)))
    throw new BadRequestError("summit", `unknown summit ${q.summit}`);
  if (q.sort === "relevance" && !q.q) throw new BadRequestError("sort", "relevance needs a search (q)");
  return {
    meetingsOnly,
    from: q.from,
    to: q.to,
    officials,
    anyOfficials,
    topics,
    anyTopics,
    country: q.country,
    countries: q.countries ? [...new Set(q.countries)] : undefined,
    kinds: q.kind,
    statuses: q.status,
    summit: q.summit,
    minConfidence: q.minConfidence,
    organization: q.organization,
    place: q.place,
    match: q.q ? toFtsQuery(q.q) : undefined,
    asOf: q.asOf,
  };
}

/**
 * What a cursor is bound to: the list, the sort and the day read as of (source counts,
 * and so the -sourceCount keys, differ from one day to another).
 */
export const orderKey = (list: string, sort: string, asOf: string | undefined) =>
  `${list}:${sort}${asOf ? `@${asOf}` : ""}`;

/** Deduplicated ids that all exist: an unknown one is a 400 naming the parameter, not an empty list. */
async function known(
  app: FastifyInstance,
  param: "official" | "anyOfficial" | "topic" | "anyTopic",
  ids: string[] | undefined,
): Promise<string[] | undefined> {
  if (!ids) return undefined;
  const unique = [...new Set(ids)];
  const repo = param.toLowerCase().endsWith("official") ? app.repos.officials : app.repos.topics;
  const missing = await repo.missing(unique);
  const noun = repo === app.repos.officials ? "official" : "topic";
  if (missing.length) throw new BadRequestError(param, `unknown ${noun} ${missing.join(", ")}`);
  return unique;
}
