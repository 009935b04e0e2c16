-- AlterTable
ALTER TABLE "Document" ADD COLUMN "ingestedBy" TEXT;
ALTER TABLE "Document" ADD COLUMN "pipelineVersion" TEXT;

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Change" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "op" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "documentId" TEXT,
    "correctionId" INTEGER,
    "pipelineVersion" TEXT,
    "by" TEXT,
    "reason" TEXT,
    "fields" TEXT NOT NULL,
    "snapshot" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable
ALTER TABLE "Event" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE UNIQUE INDEX "Correction_key_key" ON "Correction"("key");

-- CreateIndex
CREATE INDEX "Correction_eventId_idx" ON "Correction"("eventId");

-- CreateIndex
CREATE INDEX "Correction_by_idx" ON "Correction"("by");

-- CreateIndex
CREATE INDEX "Correction_createdAt_idx" ON "Correction"("createdAt");

-- CreateIndex
CREATE INDEX "Change_entity_entityId_seq_idx" ON "Change"("entity", "entityId", "seq");
