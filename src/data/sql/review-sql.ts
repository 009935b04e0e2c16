import type { Dialect } from "../db/dialect.ts";

// The review queue's questions, each a plain query over the stored data.

/** Corrections the last re-extraction could not re-apply. */
export const FAILED_CORRECTIONS = `
SELECT c."id", c."key", c."eventId", c."reason", c."failure", e."title"
FROM "Correction" c LEFT JOIN "Event" e ON e."id" = c."eventId"
WHERE c."failure" IS NOT NULL ORDER BY c."id" LIMIT ?`;

/** Facts a source reported differently, on events no correction has since set that fact of. */
export const OPEN_CONFLICTS = `
SELECT c."id", c."eventId", c."field", c."kept", c."reported", c."documentId", e."title",
  e."venue", e."city", e."region", e."country"
FROM "Conflict" c JOIN "Event" e ON e."id" = c."eventId"
WHERE NOT EXISTS (
  SELECT 1 FROM "Curation" k WHERE k."eventId" = c."eventId" AND k."action" = 'set'
    AND (k."field" = c."field" OR c."field" LIKE k."field" || '.%'))
ORDER BY c."id" LIMIT ?`;

/**
 * Meetings of exactly the same officials, both in person or both remote, whose dates
 * overlap (or one is undated) that
 * the coreference rules kept apart: the same event reported twice, or two that a
 * reviewer should tell apart by their titles.
 */
export const nearDuplicates = (d: Dialect) => `
WITH who AS (
  SELECT "eventId", ${d.joined('"officialId"', ",", '"officialId"')} AS ids
  FROM "Participant"
  GROUP BY "eventId" HAVING count(*) >= 2)
SELECT a."id" AS "a", a."title" AS "aTitle", b."id" AS "b", b."title" AS "bTitle"
FROM who wa JOIN who wb ON wb."ids" = wa."ids" AND wb."eventId" > wa."eventId"
JOIN "Event" a ON a."id" = wa."eventId" JOIN "Event" b ON b."id" = wb."eventId"
WHERE a."isMeeting" = TRUE AND b."isMeeting" = TRUE
  -- a call and a meeting of the same days are two engagements, not one reported twice
  AND (a."kind" IN ('call', 'video_call')) = (b."kind" IN ('call', 'video_call'))
  AND (a."dateMin" IS NULL OR b."dateMin" IS NULL OR (a."dateMin" <= b."dateMax" AND b."dateMin" <= a."dateMax"))
ORDER BY a."id", b."id" LIMIT ?`;

/** Unreviewed events (no correction touched them) the pipeline gave a low confidence, least sure first. */
export const lowConfidence = (d: Dialect) => `
SELECT e."id", e."title", e."confidence", e."dateConfidence", e."placeConfidence",
  e."startDate", e."endDate", e."datePrecision", e."venue", e."city", e."region", e."country"
FROM "Event" e
WHERE (e."confidence" < ? OR e."dateConfidence" < ? OR e."placeConfidence" < ?)
  AND NOT EXISTS (SELECT 1 FROM "Curation" k WHERE k."eventId" = e."id")
ORDER BY ${d.least('COALESCE(e."confidence", 1)', 'COALESCE(e."dateConfidence", 1)', 'COALESCE(e."placeConfidence", 1)')}, e."id"
LIMIT ?`;
