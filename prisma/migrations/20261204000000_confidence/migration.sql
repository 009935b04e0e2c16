-- AlterTable
ALTER TABLE "Event" ADD COLUMN "confidence" REAL;
ALTER TABLE "Event" ADD COLUMN "dateConfidence" REAL;
ALTER TABLE "Event" ADD COLUMN "participantsConfidence" REAL;
ALTER TABLE "Event" ADD COLUMN "placeConfidence" REAL;
ALTER TABLE "Event" ADD COLUMN "topicsConfidence" REAL;
