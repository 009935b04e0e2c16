-- CreateTable
CREATE TABLE "Conflict" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "kept" TEXT NOT NULL,
    "reported" TEXT NOT NULL,
    CONSTRAINT "Conflict_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conflict_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Curation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "value" TEXT,
    "by" TEXT NOT NULL,
    "reason" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Conflict_eventId_idx" ON "Conflict"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Curation_key_key" ON "Curation"("key");

-- CreateIndex
CREATE INDEX "Curation_eventId_idx" ON "Curation"("eventId");
