import { progressSql } from "../rules/status.ts";

// Status and summary of an event as its sources report them, in SQL so one statement
// refreshes every event a document touched, and so reads "as of" a date can apply the
// same rule to the sources then known. `asOf` bounds sources by the last day their
// publication date can denote (EventSource.publishedSort).

/** First day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can denote; NULL → "0000". */
const firstDaySql = (col: string) =>
  `CASE WHEN ${col} IS NULL THEN '0000' WHEN length(${col}) = 4 THEN ${col} || '-01-01' WHEN length(${col}) = 7 THEN ${col} || '-01' ELSE substr(${col}, 1, 10) END`;

// Among reports of the latest period the most advanced status wins: laterFirst's rule
// (rules/status.ts), with its ranks.

const known = (alias: string, asOf: boolean) => (asOf ? ` AND ${alias}."publishedSort" <= ?` : "");

/**
 * SQL expressions over an event row aliased `alias` (its "id" column): the status and
 * summary its latest sources give. With `asOf`, each expression takes that date as a
 * bound parameter (status: twice, summary: once), in the order they appear.
 */
export function reportedSql(asOf = false, alias = "event"): { status: string; summary: string } {
  const event = alias;
  const latestFirstDay = `(SELECT ${firstDaySql('d."publishedAt"')} FROM "EventSource" l JOIN "Document" d ON d."id" = l."documentId" WHERE l."eventId" = ${event}."id"${known("l", asOf)} ORDER BY l."publishedSort" DESC, l."documentId" DESC LIMIT 1)`;
  const status = `(SELECT s."status" FROM "EventSource" s WHERE s."eventId" = ${event}."id"${known("s", asOf)} AND s."publishedSort" >= ${latestFirstDay} ORDER BY ${progressSql('s."status"')} DESC, s."publishedSort" DESC, s."documentId" DESC LIMIT 1)`;
  const summary = `(SELECT s."summary" FROM "EventSource" s WHERE s."eventId" = ${event}."id" AND s."summary" IS NOT NULL${known("s", asOf)} ORDER BY s."publishedSort" DESC, s."documentId" DESC LIMIT 1)`;
  return { status, summary };
}
