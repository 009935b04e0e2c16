-- Coreference seeks an official's events that can overlap a date: a range of
-- (officialId, dateMin) reaching back the longest span an event can have, then a test of
-- dateMax (src/data/write/coreference.ts). With dateMax only in the row, each entry of
-- that range read its row; at 100k events the seek was most of what ingest lost as the
-- data grew. With it in the index the test is made on the index. SQL by Prisma's schema
-- engine (npm run db:sql).
-- DropIndex
DROP INDEX "Participant_officialId_dateMin_idx";

-- CreateIndex
CREATE INDEX "Participant_officialId_dateMin_dateMax_idx" ON "Participant"("officialId", "dateMin", "dateMax");
