-- Full-text search (issue 4): the entries table from schema.prisma (SQL by Prisma's schema engine),
-- then the FTS5 table and its backfill (by hand, the statements of src/search/index-sql.ts).
-- CreateTable
CREATE TABLE "SearchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "src" TEXT NOT NULL DEFAULT ''
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchEntry_kind_ref_src_key" ON "SearchEntry"("kind", "ref", "src");

-- CreateVirtualTable (by hand: FTS5 is not a Prisma model; prisma.config.ts lists it as external)
CREATE VIRTUAL TABLE "SearchIndex" USING fts5("title", "body", tokenize = 'porter unicode61 remove_diacritics 2');

-- Backfill (added by hand: the statements of REBUILD in src/search/index-sql.ts).
INSERT OR IGNORE INTO "SearchEntry" ("kind", "ref", "src") SELECT * FROM (SELECT DISTINCT 'document', x."id", '' FROM "Document" x WHERE 1) UNION ALL SELECT * FROM (SELECT DISTINCT 'event', x."id", '' FROM "Event" x WHERE 1) UNION ALL SELECT * FROM (SELECT DISTINCT 'event', x."eventId", x."documentId" FROM "Evidence" x WHERE 1) UNION ALL SELECT * FROM (SELECT DISTINCT 'official', x."id", '' FROM "Official" x WHERE 1) UNION ALL SELECT * FROM (SELECT DISTINCT 'topic', x."id", '' FROM "Topic" x WHERE 1);

INSERT INTO "SearchIndex" ("rowid", "title", "body") SELECT * FROM (SELECT se."id", coalesce(x."title", ''), x."text" FROM "Document" x JOIN "SearchEntry" se ON se."kind" = 'document' AND se."ref" = x."id" AND se."src" = '' WHERE 1 ) UNION ALL SELECT * FROM (SELECT se."id", x."title", coalesce(x."summary", '') || ' ' || coalesce(x."venue", '') || ' ' || coalesce(x."city", '') || ' ' || coalesce((SELECT group_concat(o."name", ' ') FROM "Participant" p JOIN "Official" o ON o."id" = p."officialId" WHERE p."eventId" = x."id"), '') || ' ' || coalesce((SELECT group_concat(t."name", ' ') FROM "EventTopic" et JOIN "Topic" t ON t."id" = et."topicId" WHERE et."eventId" = x."id"), '') FROM "Event" x JOIN "SearchEntry" se ON se."kind" = 'event' AND se."ref" = x."id" AND se."src" = '' WHERE 1 ) UNION ALL SELECT * FROM (SELECT se."id", '', group_concat(DISTINCT x."quote") FROM "Evidence" x JOIN "SearchEntry" se ON se."kind" = 'event' AND se."ref" = x."eventId" AND se."src" = x."documentId" WHERE 1 GROUP BY x."eventId", x."documentId") UNION ALL SELECT * FROM (SELECT se."id", x."name", coalesce((SELECT group_concat("alias", ' ') FROM "OfficialAlias" WHERE "officialId" = x."id"), '') || ' ' || coalesce((SELECT group_concat("title", ' ') FROM "Role" WHERE "officialId" = x."id"), '') FROM "Official" x JOIN "SearchEntry" se ON se."kind" = 'official' AND se."ref" = x."id" AND se."src" = '' WHERE 1 ) UNION ALL SELECT * FROM (SELECT se."id", x."name", coalesce(x."description", '') || ' ' || coalesce((SELECT group_concat("keyword", ' ') FROM "TopicKeyword" WHERE "topicId" = x."id"), '') FROM "Topic" x JOIN "SearchEntry" se ON se."kind" = 'topic' AND se."ref" = x."id" AND se."src" = '' WHERE 1 );

