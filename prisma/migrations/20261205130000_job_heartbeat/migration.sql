-- AlterTable
ALTER TABLE "Job" ADD COLUMN "heartbeatAt" DATETIME;
