-- The dataset's version for ETags on PostgreSQL (by hand: not a Prisma model;
-- scripts/lib/schema-engine.ts lists "DatasetState" as an external table). Several API
-- processes share one database, so the version cannot be a process's own counter:
-- every statement that writes a table the API answers from bumps this one row, in the
-- writer's transaction, and each process reads it back (src/data/dataset-version-pg.ts).
-- Job is left out: a job's progress is not data, and it changes while a job runs.
-- One row, id 1 (no CHECK constraint: Prisma's wasm schema engine cannot read one back).
CREATE TABLE "DatasetState" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" BIGINT NOT NULL,
    "changedAt" TIMESTAMPTZ NOT NULL
);

INSERT INTO "DatasetState" ("id", "version", "changedAt") VALUES (1, 0, now());

CREATE FUNCTION summitry_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "DatasetState" SET "version" = "version" + 1, "changedAt" = now() WHERE "id" = 1;
    RETURN NULL;
END
$$;

DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['Document', 'Official', 'OfficialAlias', 'Role', 'Topic', 'TopicKeyword',
        'Summit', 'Event', 'Participant', 'EventTopic', 'EventSource', 'Evidence', 'Conflict', 'Curation',
        'SearchEntry', 'SearchText', 'Correction', 'Change']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
            FOR EACH STATEMENT EXECUTE FUNCTION summitry_bump_version()', t || '_bumps_version', t);
    END LOOP;
END
$$;
