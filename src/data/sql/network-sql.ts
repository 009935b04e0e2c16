import { knownBy } from "../rules/known.ts";
import { type Sql, statusOf } from "./event-sql.ts";

// Who an official met (meetings only), how often, when last (held), and about what;
// as of a date, only meetings then reported, with the status then reported.

const counterparts = (asOf: string | undefined) => ({
  sql: `FROM "Participant" p1
  JOIN "Event" e ON e."id" = p1."eventId" AND e."isMeeting" = TRUE
  JOIN "Participant" p2 ON p2."eventId" = e."id" AND p2."officialId" <> p1."officialId"
  JOIN "Official" o ON o."id" = p2."officialId"`,
  where: `WHERE p1."officialId" = ?${asOf ? ` AND ${knownBy("e")}` : ""}`,
  params: asOf ? [asOf] : [],
});

export function networkSql(officialId: string, asOf?: string): Sql {
  const c = counterparts(asOf);
  const status = statusOf(asOf);
  return {
    sql: `SELECT p2."officialId" AS id, o."name" AS name, o."country" AS country,
    count(DISTINCT e."id") AS meetings,
    max(CASE WHEN ${status.sql} = 'held' THEN e."startDate" END) AS "lastMet"
  ${c.sql} ${c.where}
  GROUP BY p2."officialId", o."name", o."country" ORDER BY meetings DESC, p2."officialId"`,
    params: [...status.params, officialId, ...c.params],
  };
}

export function networkTopicsSql(officialId: string, asOf?: string): Sql {
  const c = counterparts(asOf);
  return {
    sql: `SELECT p2."officialId" AS id, et."topicId" AS topic, tp."name" AS name, count(DISTINCT e."id") AS count
  ${c.sql}
  JOIN "EventTopic" et ON et."eventId" = e."id" JOIN "Topic" tp ON tp."id" = et."topicId"
  ${c.where}
  GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2`,
    params: [officialId, ...c.params],
  };
}
