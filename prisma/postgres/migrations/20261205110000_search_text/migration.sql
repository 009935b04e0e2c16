-- Full-text search on PostgreSQL (by hand: not a Prisma model; scripts/lib/schema-engine.ts
-- lists "SearchText" as an external table). SQLite keeps the same text in an FTS5 table.
-- Each "SearchEntry" row (an indexed thing) has its title and body here, and a tsvector
-- the server keeps in step: titles weigh A and bodies B, so ts_rank_cd can rank a title
-- match above a body match. The configuration stems English and folds accents, and
-- keeps every word (no stop list), as SQLite's porter unicode61 remove_diacritics
-- tokenizer does, so a search finds the same things on both engines.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH DICTIONARY summitry_stem (TEMPLATE = snowball, Language = english);

CREATE TEXT SEARCH CONFIGURATION summitry (COPY = english);
ALTER TEXT SEARCH CONFIGURATION summitry
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH summitry_stem;
ALTER TEXT SEARCH CONFIGURATION summitry
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, summitry_stem;

CREATE TABLE "SearchText" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "SearchEntry"("id") ON DELETE CASCADE,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('summitry', "title"), 'A') || setweight(to_tsvector('summitry', "body"), 'B')
    ) STORED
);

CREATE INDEX "SearchText_tsv_idx" ON "SearchText" USING GIN ("tsv");
