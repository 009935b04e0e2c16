-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "organization" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officialId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisation" TEXT,
    "country" TEXT,
    "organization" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "source" TEXT NOT NULL,
    CONSTRAINT "Role_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Role" ("country", "endDate", "id", "officialId", "organisation", "source", "startDate", "title") SELECT "country", "endDate", "id", "officialId", "organisation", "source", "startDate", "title" FROM "Role";
DROP TABLE "Role";
ALTER TABLE "new_Role" RENAME TO "Role";
CREATE UNIQUE INDEX "Role_officialId_title_startDate_key" ON "Role"("officialId", "title", "startDate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
