-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT,
    "publisher" TEXT,
    "author" TEXT,
    "url" TEXT,
    "publishedAt" TEXT,
    "publishedPrecision" TEXT,
    "publishedAtSource" TEXT,
    "publishedAtNote" TEXT,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sourceFile" TEXT,
    "publishedSort" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Official" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "OfficialAlias" (
    "officialId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    PRIMARY KEY ("officialId", "alias"),
    CONSTRAINT "OfficialAlias_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "officialId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisation" TEXT,
    "country" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "source" TEXT NOT NULL,
    CONSTRAINT "Role_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TopicKeyword" (
    "topicId" TEXT NOT NULL,
    "keyword" TEXT NOT NULL,

    PRIMARY KEY ("topicId", "keyword"),
    CONSTRAINT "TopicKeyword_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Summit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "series" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "precision" TEXT,
    "city" TEXT,
    "region" TEXT,
    "country" TEXT,
    "source" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "isMeeting" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "datePrecision" TEXT,
    "dateMin" TEXT,
    "dateMax" TEXT,
    "sortDate" TEXT NOT NULL,
    "venue" TEXT,
    "city" TEXT,
    "region" TEXT,
    "country" TEXT,
    "summitId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participant" (
    "eventId" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "role" TEXT,
    "side" TEXT,

    PRIMARY KEY ("eventId", "officialId"),
    CONSTRAINT "Participant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventTopic" (
    "eventId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "topicId"),
    CONSTRAINT "EventTopic_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT,

    PRIMARY KEY ("eventId", "documentId"),
    CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventSource_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_sha256_key" ON "Document"("sha256");

-- CreateIndex
CREATE INDEX "Document_publishedSort_id_idx" ON "Document"("publishedSort", "id");

-- CreateIndex
CREATE INDEX "Official_country_idx" ON "Official"("country");

-- CreateIndex
CREATE INDEX "OfficialAlias_alias_idx" ON "OfficialAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "Role_officialId_title_startDate_key" ON "Role"("officialId", "title", "startDate");

-- CreateIndex
CREATE INDEX "Event_isMeeting_sortDate_id_idx" ON "Event"("isMeeting", "sortDate", "id");

-- CreateIndex
CREATE INDEX "Event_sortDate_id_idx" ON "Event"("sortDate", "id");

-- CreateIndex
CREATE INDEX "Event_kind_idx" ON "Event"("kind");

-- CreateIndex
CREATE INDEX "Event_summitId_idx" ON "Event"("summitId");

-- CreateIndex
CREATE INDEX "Participant_officialId_idx" ON "Participant"("officialId");

-- CreateIndex
CREATE INDEX "EventTopic_topicId_idx" ON "EventTopic"("topicId");

-- CreateIndex
CREATE INDEX "EventSource_documentId_idx" ON "EventSource"("documentId");

-- CreateIndex
CREATE INDEX "Evidence_eventId_idx" ON "Evidence"("eventId");

-- CreateIndex
CREATE INDEX "Evidence_documentId_idx" ON "Evidence"("documentId");
