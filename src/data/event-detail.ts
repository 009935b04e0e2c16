import { z } from "zod";
import type { EventDetail, EventVersion } from "../schemas/event.ts";
import type { Reader } from "./db/read-pool.ts";
import { toEventDetail, toEventItem } from "./event-mapper.ts";
import { Int, query } from "./query.ts";
import { knownBy } from "./rules/known.ts";
import { detailParts } from "./sql/detail-sql.ts";
import { statusOf } from "./sql/event-sql.ts";
import { hydrateItems } from "./sql/hydrate-sql.ts";
import { reportedSql } from "./sql/status-sql.ts";

const HeadRow = z.object({ status: z.string(), summary: z.string().nullable(), version: Int });

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
    ...(meetingsOnly ? [`e."isMeeting" = TRUE`] : []),
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

const SnapshotHead = z.object({
  id: z.string(),
  status: z.string(),
  summary: z.string().nullable(),
  version: Int,
  sourceCount: Int,
});

/**
 * The events as the change log keeps each version of them: what lists and exports show
 * (no quotes: those only ever grow with sources, and GET /events/{id} has them), plus
 * the summary and version. Events that do not exist are absent from the map.
 */
export async function readEventVersions(reader: Reader, ids: string[]): Promise<Map<string, EventVersion>> {
  const out = new Map<string, EventVersion>();
  if (!ids.length) return out;
  const status = statusOf(undefined);
  const heads = await query(
    reader,
    SnapshotHead,
    `SELECT e."id" AS "id", ${status.sql} AS "status", e."summary" AS "summary", e."version" AS "version",
      (SELECT count(*) FROM "EventSource" s WHERE s."eventId" = e."id") AS "sourceCount"
     FROM "Event" e WHERE e."id" IN (${reader.dialect.jsonValues()})`,
    [...status.params, JSON.stringify(ids)],
  );
  if (!heads.length) return out;
  const { rows, curated } = await hydrateItems(
    reader,
    heads.map((h) => h.id),
  );
  for (const head of heads) {
    const row = rows.get(head.id);
    if (row)
      out.set(head.id, { ...toEventItem(row, head, curated), summary: head.summary, version: head.version });
  }
  return out;
}
