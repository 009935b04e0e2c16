-- An official's meeting count (src/data/official-repository.ts) counts a range of
-- (officialId, isMeeting) instead of joining every participant row to its event. The
-- column and index are from schema.prisma (SQL by Prisma's schema engine); the
-- triggers that keep the copy equal to the event's, and the backfill, by hand.
-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "isMeeting" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Participant_officialId_isMeeting_idx" ON "Participant"("officialId", "isMeeting");

-- Backfill
UPDATE "Participant" p SET "isMeeting" = e."isMeeting" FROM "Event" e WHERE e."id" = p."eventId";

-- A participant added takes its event's isMeeting; an event whose kind changes passes it on.
CREATE FUNCTION summitry_participant_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT e."isMeeting" INTO NEW."isMeeting" FROM "Event" e WHERE e."id" = NEW."eventId";
    RETURN NEW;
END
$$;

CREATE TRIGGER "Participant_meeting_on_insert" BEFORE INSERT ON "Participant"
    FOR EACH ROW EXECUTE FUNCTION summitry_participant_meeting();

CREATE FUNCTION summitry_event_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Participant" SET "isMeeting" = NEW."isMeeting" WHERE "eventId" = NEW."id";
    RETURN NULL;
END
$$;

CREATE TRIGGER "Event_meeting_to_participants" AFTER UPDATE OF "isMeeting" ON "Event"
    FOR EACH ROW WHEN (OLD."isMeeting" IS DISTINCT FROM NEW."isMeeting")
    EXECUTE FUNCTION summitry_event_meeting();
