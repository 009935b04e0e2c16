// Who an official met (meetings only), how often, when last (held), and about what.
export const NETWORK_SQL = `SELECT p2."officialId" AS id, o."name" AS name, o."country" AS country,
    count(DISTINCT e."id") AS meetings,
    max(CASE WHEN e."status" = 'held' THEN e."startDate" END) AS lastMet
  FROM "Participant" p1
  JOIN "Event" e ON e."id" = p1."eventId" AND e."isMeeting" = 1
  JOIN "Participant" p2 ON p2."eventId" = e."id" AND p2."officialId" <> p1."officialId"
  JOIN "Official" o ON o."id" = p2."officialId"
  WHERE p1."officialId" = ?
  GROUP BY p2."officialId" ORDER BY meetings DESC, p2."officialId"`;

export const NETWORK_TOPICS_SQL = `SELECT p2."officialId" AS id, et."topicId" AS topic, tp."name" AS name, count(DISTINCT e."id") AS count
  FROM "Participant" p1
  JOIN "Event" e ON e."id" = p1."eventId" AND e."isMeeting" = 1
  JOIN "Participant" p2 ON p2."eventId" = e."id" AND p2."officialId" <> p1."officialId"
  JOIN "EventTopic" et ON et."eventId" = e."id" JOIN "Topic" tp ON tp."id" = et."topicId"
  WHERE p1."officialId" = ?
  GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2`;
