-- Coreference seeks an official's events near a date (src/data/write/coreference.ts).
-- The columns and index are from schema.prisma (SQL by Prisma's schema engine); the
-- triggers that keep the copies equal to the event's, and the backfill, by hand.
-- DropIndex
DROP INDEX "Participant_officialId_idx";

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "dateMax" TEXT,
ADD COLUMN     "dateMin" TEXT;

-- CreateIndex
CREATE INDEX "Participant_officialId_dateMin_idx" ON "Participant"("officialId", "dateMin");

-- Backfill
UPDATE "Participant" p SET "dateMin" = e."dateMin", "dateMax" = e."dateMax" FROM "Event" e WHERE e."id" = p."eventId";

-- A participant added takes its event's dates; an event whose dates change passes them on.
CREATE FUNCTION summitry_participant_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT e."dateMin", e."dateMax" INTO NEW."dateMin", NEW."dateMax" FROM "Event" e WHERE e."id" = NEW."eventId";
    RETURN NEW;
END
$$;

CREATE TRIGGER "Participant_dates_on_insert" BEFORE INSERT ON "Participant"
    FOR EACH ROW EXECUTE FUNCTION summitry_participant_dates();

CREATE FUNCTION summitry_event_dates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Participant" SET "dateMin" = NEW."dateMin", "dateMax" = NEW."dateMax" WHERE "eventId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "Event_dates_to_participants" AFTER UPDATE OF "dateMin", "dateMax" ON "Event"
    FOR EACH ROW WHEN (OLD."dateMin" IS DISTINCT FROM NEW."dateMin" OR OLD."dateMax" IS DISTINCT FROM NEW."dateMax")
    EXECUTE FUNCTION summitry_event_dates();
