import fp from "fastify-plugin";
import { ChangeRepository } from "../data/change-repository.ts";
import { CorrectionRepository } from "../data/correction-repository.ts";
import { createPostgresDb, type Db, PG_POOL_SIZE } from "../data/db/client.ts";
import { isPostgresUrl } from "../data/db/location.ts";
import { readMigrations } from "../data/db/migrate.ts";
import { PG_MIGRATIONS_DIR } from "../data/db/migrate-pg.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { PgReader } from "../data/db/pg-reader.ts";
import { BoundedReads, type HeavyReads, ReadPool } from "../data/db/read-pool.ts";
import { SqliteReader } from "../data/db/sqlite-reader.ts";
import { writeLockFor } from "../data/db/write-lock.ts";
import { DocumentRepository } from "../data/document-repository.ts";
import { refreshItems, staleOtherFormats, storeAllItems } from "../data/event-items.ts";
import { EventRepository } from "../data/event-repository.ts";
import { HealthRepository } from "../data/health-repository.ts";
import { JobRepository } from "../data/job-repository.ts";
import { OfficialRepository } from "../data/official-repository.ts";
import { PlaceRepository } from "../data/place-repository.ts";
import { replicaReader } from "../data/query.ts";
import { ReviewRepository } from "../data/review-repository.ts";
import { SearchRepository } from "../data/search-repository.ts";
import { SummitRepository } from "../data/summit-repository.ts";
import { TopicRepository } from "../data/topic-repository.ts";
import { WriteQueue } from "../data/write-queue.ts";
import { placeLocator } from "../extract/places/locate.ts";
import { loadReference } from "../extract/reference.ts";
import { IngestService } from "../ingest/ingest-service.ts";
import { ReextractJobs } from "../ingest/reextract-jobs.ts";

export interface Repositories {
  events: EventRepository;
  places: PlaceRepository;
  officials: OfficialRepository;
  topics: TopicRepository;
  summits: SummitRepository;
  documents: DocumentRepository;
  health: HealthRepository;
  ingest: IngestService;
  search: SearchRepository;
  corrections: CorrectionRepository;
  changes: ChangeRepository;
  jobs: ReextractJobs;
  review: ReviewRepository;
}

declare module "fastify" {
  interface FastifyInstance {
    repos: Repositories;
    db: Db;
    /** Where heavy reads run: worker threads on SQLite, pooled connections on PostgreSQL. */
    reads: HeavyReads;
  }
}

// The only place Prisma is constructed: migrates the database (a SQLite file or a
// postgres:// URL), connects, and hands route handlers repositories rather than the client.
export default fp<{ location: string; replicas: string[]; readThreads: number; readQueue: number }>(
  async (app, { location, replicas: replicaUrls, readThreads, readQueue }) => {
    const postgres = isPostgresUrl(location);
    if (replicaUrls.length && !postgres) throw new Error("read replicas need a PostgreSQL database");
    const replicas = await Promise.all(replicaUrls.map((u) => createPostgresDb(u)));
    // Each process reads from one replica, so that the dataset version behind its ETags
    // and the data it serves come from the same copy (a replica may lag the primary).
    const pin = replicas.length ? process.pid % replicas.length : -1;
    const pinned = replicas[pin];
    const { db, applied } = await openMigratedDb(location, pinned);
    if (applied.length) app.log.info({ applied }, "migrations applied");
    const reads: HeavyReads = postgres
      ? new BoundedReads(replicaReader(db), readThreads, readQueue)
      : new ReadPool(location, readThreads, readQueue);
    // The main thread's reads get connections of their own that keep their statements
    // prepared: a read-only SQLite connection, or a pg pool (on the pinned replica).
    const direct = postgres
      ? new PgReader(replicaUrls[pin] ?? location, PG_POOL_SIZE, (err) =>
          app.log.warn({ err }, "an idle read connection failed; the next read opens another"),
        )
      : new SqliteReader(location);
    app.decorate("db", db);
    app.decorate("reads", reads);
    const documents = new DocumentRepository(db);
    const itemsFailed = (err: unknown) => app.log.error({ err }, "storing list items failed");
    // Stale list items (a database migrated or written by another process, a write that
    // made many stale) are stored in the background, a batch per turn of the write queue.
    let closing = false;
    let filling: Promise<unknown> | null = null;
    const fill = () => {
      filling ??= storeAllItems(
        (w) => writes.run(w),
        db,
        () => closing,
      )
        .catch(itemsFailed)
        .finally(() => {
          filling = null;
        });
    };
    const writes = new WriteQueue(writeLockFor(location), refreshItems(db, itemsFailed, fill));
    await writes.run(() => staleOtherFormats(db));
    fill();
    const jobs = new ReextractJobs(location, writes, new JobRepository(db), {
      // The HTTP cache's version is told once a job has swapped in new events.
      onDone: () => app.dataset.touch(),
      onStoreError: (job, err) => app.log.error({ err, job: job.id }, "a finished job could not be stored"),
    });
    const interrupted = await jobs.recover();
    if (interrupted) app.log.warn({ interrupted }, "jobs a previous process left running marked failed");
    const reference = loadReference();
    app.decorate("repos", {
      events: new EventRepository(db, reads, direct, direct instanceof PgReader ? direct.perValue : direct),
      places: new PlaceRepository(reads, placeLocator(reference.places)),
      officials: new OfficialRepository(db),
      topics: new TopicRepository(db),
      summits: new SummitRepository(db),
      documents,
      health: new HealthRepository(
        db,
        readMigrations(postgres ? PG_MIGRATIONS_DIR : undefined).map((m) => m.name),
        replicas,
      ),
      ingest: new IngestService(db, reference, documents, writes),
      search: new SearchRepository(reads),
      corrections: new CorrectionRepository(db, writes),
      changes: new ChangeRepository(db),
      review: new ReviewRepository(db),
      jobs,
    });
    app.addHook("onClose", async () => {
      closing = true;
      await filling;
      await reads.close();
      await direct.close();
      await writes.close();
      await db.$disconnect();
      await Promise.all(replicas.map((r) => r.$disconnect()));
    });
  },
  { name: "database" },
);
