-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EventSource" (
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT,
    "publishedSort" TEXT NOT NULL DEFAULT '0000',

    PRIMARY KEY ("eventId", "documentId"),
    CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventSource_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EventSource" ("documentId", "eventId", "status", "summary") SELECT "documentId", "eventId", "status", "summary" FROM "EventSource";
DROP TABLE "EventSource";
ALTER TABLE "new_EventSource" RENAME TO "EventSource";
CREATE INDEX "EventSource_documentId_idx" ON "EventSource"("documentId");
CREATE INDEX "EventSource_eventId_publishedSort_idx" ON "EventSource"("eventId", "publishedSort");
-- Backfill (added by hand): existing sources take their document's publishedSort.
UPDATE "EventSource" SET "publishedSort" = (SELECT "publishedSort" FROM "Document" WHERE "Document"."id" = "EventSource"."documentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
