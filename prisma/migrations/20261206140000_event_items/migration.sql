-- Each event's list item, stored as the JSON the API writes (src/data/event-items.ts),
-- so that a page of /events or /meetings is one read of stored text instead of a join
-- assembled and serialised per request. By hand, not a Prisma model (an external table
-- in src/data/db/external-tables.ts): the readers use raw SQL, and the index of stale
-- rows below is one Prisma's schema cannot state. It is an index on an expression, not a
-- partial index (as on PostgreSQL): Prisma's wasm schema engine, which the drift checks
-- use, fails to describe a partial index. Queries ask `("json" IS NULL) = TRUE` to use it.
--
-- A row with "json" NULL is stale. The triggers below make a row stale in the very
-- statement that changes anything its item shows (the event's own columns, its
-- participants and their officials' names, its topics and their names, its summit's
-- name, how many documents report it, whether a curation touched it), so a reader never
-- gets an outdated item: it builds a stale one afresh. The writer stores fresh items
-- after each write (src/data/write-queue.ts).
--
-- A later migration that redefines one of these tables (the schema engine's
-- "new_<Table>" copy) drops its triggers: it must create them again.
CREATE TABLE "EventItem" (
    "eventId" TEXT NOT NULL PRIMARY KEY,
    "json" TEXT,
    -- Which item format wrote it (event-items.ts ITEM_FORMAT): another is read as stale.
    "format" TEXT,
    CONSTRAINT "EventItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "EventItem_stale_idx" ON "EventItem"(("json" IS NULL), "eventId");

-- Backfill: every event stale, filled by the server at start-up.
INSERT INTO "EventItem" ("eventId", "json") SELECT "id", NULL FROM "Event";

-- Two statements, not INSERT OR REPLACE: a statement's own conflict clause (an INSERT OR
-- IGNORE INTO "Event") would override the trigger's.
CREATE TRIGGER "Event_item_on_insert" AFTER INSERT ON "Event"
BEGIN
    INSERT OR IGNORE INTO "EventItem" ("eventId", "json") VALUES (NEW."id", NULL);
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = NEW."id" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Event_item_on_update" AFTER UPDATE OF "id", "kind", "status", "title", "startDate",
    "endDate", "datePrecision", "venue", "city", "region", "country", "summitId", "confidence",
    "participantsConfidence", "dateConfidence", "placeConfidence", "topicsConfidence" ON "Event"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (OLD."id", NEW."id") AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Participant_item_on_insert" AFTER INSERT ON "Participant"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = NEW."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Participant_item_on_update" AFTER UPDATE OF "eventId", "officialId", "role", "side",
    "organization" ON "Participant"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (OLD."eventId", NEW."eventId") AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Participant_item_on_delete" AFTER DELETE ON "Participant"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = OLD."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "EventTopic_item_on_insert" AFTER INSERT ON "EventTopic"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = NEW."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "EventTopic_item_on_update" AFTER UPDATE ON "EventTopic"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (OLD."eventId", NEW."eventId") AND "json" IS NOT NULL;
END;

CREATE TRIGGER "EventTopic_item_on_delete" AFTER DELETE ON "EventTopic"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = OLD."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "EventSource_item_on_insert" AFTER INSERT ON "EventSource"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = NEW."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "EventSource_item_on_update" AFTER UPDATE OF "eventId" ON "EventSource"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (OLD."eventId", NEW."eventId") AND "json" IS NOT NULL;
END;

CREATE TRIGGER "EventSource_item_on_delete" AFTER DELETE ON "EventSource"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = OLD."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Curation_item_on_insert" AFTER INSERT ON "Curation"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = NEW."eventId" AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Curation_item_on_update" AFTER UPDATE OF "eventId" ON "Curation"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (OLD."eventId", NEW."eventId") AND "json" IS NOT NULL;
END;

CREATE TRIGGER "Curation_item_on_delete" AFTER DELETE ON "Curation"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = OLD."eventId" AND "json" IS NOT NULL;
END;

-- Only a real change: the reference loader rewrites every official's name and country.
CREATE TRIGGER "Official_item_on_update" AFTER UPDATE OF "name", "country" ON "Official"
    WHEN OLD."name" IS NOT NEW."name" OR OLD."country" IS NOT NEW."country"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "json" IS NOT NULL AND "eventId" IN (SELECT p."eventId" FROM "Participant" p WHERE p."officialId" = NEW."id");
END;

CREATE TRIGGER "Topic_item_on_update" AFTER UPDATE OF "name" ON "Topic"
    WHEN OLD."name" IS NOT NEW."name"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "json" IS NOT NULL AND "eventId" IN (SELECT t."eventId" FROM "EventTopic" t WHERE t."topicId" = NEW."id");
END;

CREATE TRIGGER "Summit_item_on_update" AFTER UPDATE OF "name" ON "Summit"
    WHEN OLD."name" IS NOT NEW."name"
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "json" IS NOT NULL AND "eventId" IN (SELECT e."id" FROM "Event" e WHERE e."summitId" = NEW."id");
END;
