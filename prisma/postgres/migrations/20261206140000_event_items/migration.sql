-- Each event's list item, stored as the JSON the API writes (src/data/event-items.ts):
-- the same table and rules as the SQLite migration of the same name, which says why.
-- "EventItem" is left out of the dataset version's triggers (20261205120000): storing an
-- item changes no answer, and the statements that make items stale bump the version
-- through the tables they write.
--
-- Unlike SQLite's, these triggers set "json" NULL even where it is NULL already. The
-- storer (storeItems) locks the stale rows it reads FOR UPDATE: a writer that changes one
-- of those events meanwhile must wait for that lock and then make the stored item stale
-- again. An UPDATE guarded by "json" IS NOT NULL would see the row NULL, skip it without
-- waiting, and leave the storer's item, built from the data before the change, in place.
CREATE TABLE "EventItem" (
    "eventId" TEXT NOT NULL PRIMARY KEY,
    "json" TEXT,
    -- Which item format wrote it (event-items.ts ITEM_FORMAT): another is read as stale.
    "format" TEXT,
    -- Checked at commit: when an event's id changes, its trigger below updates the row
    -- under the old id before the cascade moves it, and an immediate check of that
    -- update would find no such event. The cascades themselves are never deferred.
    CONSTRAINT "EventItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id")
        ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX "EventItem_stale_idx" ON "EventItem"("eventId") WHERE "json" IS NULL;

-- Backfill: every event stale, filled by the server at start-up.
INSERT INTO "EventItem" ("eventId", "json") SELECT "id", NULL FROM "Event";

CREATE FUNCTION summitry_item_new_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "EventItem" ("eventId", "json") VALUES (NEW."id", NULL)
        ON CONFLICT ("eventId") DO UPDATE SET "json" = NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Event_item_on_insert" AFTER INSERT ON "Event"
    FOR EACH ROW EXECUTE FUNCTION summitry_item_new_event();

CREATE FUNCTION summitry_item_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (OLD."id", NEW."id");
    RETURN NULL;
END
$$;

CREATE TRIGGER "Event_item_on_update" AFTER UPDATE OF "id", "kind", "status", "title", "startDate",
    "endDate", "datePrecision", "venue", "city", "region", "country", "summitId", "confidence",
    "participantsConfidence", "dateConfidence", "placeConfidence", "topicsConfidence" ON "Event"
    FOR EACH ROW EXECUTE FUNCTION summitry_item_event_changed();

-- A row of a table with an "eventId" column was added, changed or removed.
CREATE FUNCTION summitry_item_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = OLD."eventId";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE "EventItem" SET "json" = NULL WHERE "eventId" = NEW."eventId";
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Participant_item_on_change" AFTER INSERT OR DELETE OR UPDATE OF "eventId", "officialId",
    "role", "side", "organization" ON "Participant"
    FOR EACH ROW EXECUTE FUNCTION summitry_item_row_changed();

CREATE TRIGGER "EventTopic_item_on_change" AFTER INSERT OR DELETE OR UPDATE ON "EventTopic"
    FOR EACH ROW EXECUTE FUNCTION summitry_item_row_changed();

CREATE TRIGGER "EventSource_item_on_change" AFTER INSERT OR DELETE OR UPDATE OF "eventId" ON "EventSource"
    FOR EACH ROW EXECUTE FUNCTION summitry_item_row_changed();

CREATE TRIGGER "Curation_item_on_change" AFTER INSERT OR DELETE OR UPDATE OF "eventId" ON "Curation"
    FOR EACH ROW EXECUTE FUNCTION summitry_item_row_changed();

CREATE FUNCTION summitry_item_official_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (SELECT p."eventId" FROM "Participant" p WHERE p."officialId" = NEW."id");
    RETURN NULL;
END
$$;

CREATE TRIGGER "Official_item_on_update" AFTER UPDATE OF "name", "country" ON "Official"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."country" IS DISTINCT FROM NEW."country")
    EXECUTE FUNCTION summitry_item_official_changed();

CREATE FUNCTION summitry_item_topic_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (SELECT t."eventId" FROM "EventTopic" t WHERE t."topicId" = NEW."id");
    RETURN NULL;
END
$$;

CREATE TRIGGER "Topic_item_on_update" AFTER UPDATE OF "name" ON "Topic"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION summitry_item_topic_changed();

CREATE FUNCTION summitry_item_summit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "EventItem" SET "json" = NULL WHERE "eventId" IN (SELECT e."id" FROM "Event" e WHERE e."summitId" = NEW."id");
    RETURN NULL;
END
$$;

CREATE TRIGGER "Summit_item_on_update" AFTER UPDATE OF "name" ON "Summit"
    FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
    EXECUTE FUNCTION summitry_item_summit_changed();
