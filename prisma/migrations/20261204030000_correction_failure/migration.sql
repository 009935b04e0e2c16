-- AlterTable
ALTER TABLE "Correction" ADD COLUMN "failure" TEXT;
