import { z } from "zod";
import type { EventDetail } from "../schemas/event.ts";
import type { Reader } from "./db/read-pool.ts";
import { toEventDetail } from "./event-mapper.ts";
import { query } from "./query.ts";
import { knownBy } from "./rules/known.ts";
import { detailParts } from "./sql/detail-sql.ts";
import { statusOf } from "./sql/event-sql.ts";
import { hydrateItems } from "./sql/hydrate-sql.ts";
import { reportedSql } from "./sql/status-sql.ts";

const HeadRow = z.object({ status: z.string(), summary: z.string().nullable(), version: z.number() });

/**
 * The event with its sources, or null: what GET /events/{id} answers, and what the
 * change log keeps of each version (read inside the writing transaction). As of a day,
 * only what the documents then published said.
 */
export async function readEventDetail(
  reader: Reader,
  id: string,
  meetingsOnly: boolean,
  asOf?: string,
): Promise<EventDetail | null> {
  // Status and summary as stored, or as the sources published by `asOf` gave them
  // (the lists' rule, statusOf).
  const status = statusOf(asOf);
  const summary = asOf ? reportedSql(true, "e").summary : `e."summary"`;
  const where = [
    `e."id" = ?`,
    ...(meetingsOnly ? [`e."isMeeting" = 1`] : []),
    ...(asOf ? [knownBy("e")] : []),
  ];
  const day = asOf ? [asOf] : [];
  const [head] = await query(
    reader,
    HeadRow,
    `SELECT ${status.sql} AS "status", ${summary} AS "summary", e."version" AS "version" FROM "Event" e WHERE ${where.join(" AND ")}`,
    [...status.params, ...day, id, ...day],
  );
  if (!head) return null;
  const [{ rows }, parts] = await Promise.all([hydrateItems(reader, [id]), detailParts(reader, id, asOf)]);
  const item = rows.get(id);
  if (!item) return null;
  // The sources are already limited to the day, so the count is their number.
  const reported = { ...head, sourceCount: parts.sources.length };
  return toEventDetail({ ...item, ...parts }, reported, parts.curation);
}
