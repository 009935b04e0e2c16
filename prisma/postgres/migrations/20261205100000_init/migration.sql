-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
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
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingestedBy" TEXT,
    "pipelineVersion" TEXT,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Official" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,

    CONSTRAINT "Official_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialAlias" (
    "officialId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,

    CONSTRAINT "OfficialAlias_pkey" PRIMARY KEY ("officialId","alias")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "officialId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisation" TEXT,
    "country" TEXT,
    "organization" TEXT,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicKeyword" (
    "topicId" TEXT NOT NULL,
    "keyword" TEXT NOT NULL,

    CONSTRAINT "TopicKeyword_pkey" PRIMARY KEY ("topicId","keyword")
);

-- CreateTable
CREATE TABLE "Summit" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "series" TEXT,
    "startDate" TEXT,
    "endDate" TEXT,
    "precision" TEXT,
    "city" TEXT,
    "region" TEXT,
    "country" TEXT,
    "source" TEXT NOT NULL,

    CONSTRAINT "Summit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
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
    "confidence" DOUBLE PRECISION,
    "participantsConfidence" DOUBLE PRECISION,
    "dateConfidence" DOUBLE PRECISION,
    "placeConfidence" DOUBLE PRECISION,
    "topicsConfidence" DOUBLE PRECISION,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "eventId" TEXT NOT NULL,
    "officialId" TEXT NOT NULL,
    "role" TEXT,
    "side" TEXT,
    "organization" TEXT,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("eventId","officialId")
);

-- CreateTable
CREATE TABLE "EventTopic" (
    "eventId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "EventTopic_pkey" PRIMARY KEY ("eventId","topicId")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT,
    "publishedSort" TEXT NOT NULL DEFAULT '0000',

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","documentId")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conflict" (
    "id" SERIAL NOT NULL,
    "eventId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "kept" TEXT NOT NULL,
    "reported" TEXT NOT NULL,

    CONSTRAINT "Conflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Curation" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT,
    "value" TEXT,
    "by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "Curation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchEntry" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "src" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failure" TEXT,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Change" (
    "seq" SERIAL NOT NULL,
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
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "by" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "error" TEXT,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "EventSource_eventId_publishedSort_idx" ON "EventSource"("eventId", "publishedSort");

-- CreateIndex
CREATE INDEX "Evidence_eventId_idx" ON "Evidence"("eventId");

-- CreateIndex
CREATE INDEX "Evidence_documentId_idx" ON "Evidence"("documentId");

-- CreateIndex
CREATE INDEX "Conflict_eventId_idx" ON "Conflict"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Curation_key_key" ON "Curation"("key");

-- CreateIndex
CREATE INDEX "Curation_eventId_idx" ON "Curation"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchEntry_kind_ref_src_key" ON "SearchEntry"("kind", "ref", "src");

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

-- CreateIndex
CREATE INDEX "Job_state_idx" ON "Job"("state");

-- AddForeignKey
ALTER TABLE "OfficialAlias" ADD CONSTRAINT "OfficialAlias_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicKeyword" ADD CONSTRAINT "TopicKeyword_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_summitId_fkey" FOREIGN KEY ("summitId") REFERENCES "Summit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTopic" ADD CONSTRAINT "EventTopic_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTopic" ADD CONSTRAINT "EventTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conflict" ADD CONSTRAINT "Conflict_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
