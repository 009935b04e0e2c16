-- Coreference seeks an official's events near a date (src/data/write/coreference.ts).
-- The columns and index are from schema.prisma (SQL by Prisma's schema engine); the
-- triggers that keep the copies equal to the event's, and the backfill, by hand.
-- DropIndex
DROP INDEX "Participant_officialId_idx";

-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "dateMax" TEXT;
ALTER TABLE "Participant" ADD COLUMN "dateMin" TEXT;

-- CreateIndex
CREATE INDEX "Participant_officialId_dateMin_idx" ON "Participant"("officialId", "dateMin");

-- Backfill
UPDATE "Participant" SET
    "dateMin" = (SELECT e."dateMin" FROM "Event" e WHERE e."id" = "Participant"."eventId"),
    "dateMax" = (SELECT e."dateMax" FROM "Event" e WHERE e."id" = "Participant"."eventId");

-- A participant added takes its event's dates; an event whose dates change passes them on.
CREATE TRIGGER "Participant_dates_on_insert" AFTER INSERT ON "Participant"
BEGIN
    UPDATE "Participant" SET
        "dateMin" = (SELECT e."dateMin" FROM "Event" e WHERE e."id" = NEW."eventId"),
        "dateMax" = (SELECT e."dateMax" FROM "Event" e WHERE e."id" = NEW."eventId")
    WHERE "eventId" = NEW."eventId" AND "officialId" = NEW."officialId";
END;

CREATE TRIGGER "Event_dates_to_participants" AFTER UPDATE OF "dateMin", "dateMax" ON "Event"
BEGIN
    UPDATE "Participant" SET "dateMin" = NEW."dateMin", "dateMax" = NEW."dateMax" WHERE "eventId" = NEW."id";
END;
