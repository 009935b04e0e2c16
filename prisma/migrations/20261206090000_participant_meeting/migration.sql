-- An official's meeting count (src/data/official-repository.ts) counts a range of
-- (officialId, isMeeting) instead of joining every participant row to its event. The
-- column is added in place rather than by the schema engine's table redefinition, which
-- would drop the Participant triggers of 20261205140000_participant_dates; the index is
-- the schema engine's; the triggers that keep the copy equal to the event's, and the
-- backfill, by hand.
-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "isMeeting" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Participant_officialId_isMeeting_idx" ON "Participant"("officialId", "isMeeting");

-- Backfill
UPDATE "Participant" SET
    "isMeeting" = (SELECT e."isMeeting" FROM "Event" e WHERE e."id" = "Participant"."eventId");

-- A participant added takes its event's isMeeting; an event whose kind changes passes it on.
CREATE TRIGGER "Participant_meeting_on_insert" AFTER INSERT ON "Participant"
BEGIN
    UPDATE "Participant" SET
        "isMeeting" = (SELECT e."isMeeting" FROM "Event" e WHERE e."id" = NEW."eventId")
    WHERE "eventId" = NEW."eventId" AND "officialId" = NEW."officialId";
END;

CREATE TRIGGER "Event_meeting_to_participants" AFTER UPDATE OF "isMeeting" ON "Event"
BEGIN
    UPDATE "Participant" SET "isMeeting" = NEW."isMeeting" WHERE "eventId" = NEW."id";
END;
