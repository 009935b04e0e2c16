-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "by" TEXT,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "error" TEXT
);

-- CreateIndex
CREATE INDEX "Job_state_idx" ON "Job"("state");
