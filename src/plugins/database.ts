import fp from "fastify-plugin";
import { createDb, type Db } from "../db/client.ts";
import { migrate, readMigrations } from "../db/migrate.ts";
import { openDatabase } from "../db/open.ts";
import { DocumentRepository } from "../documents/document-repository.ts";
import { EventRepository } from "../events/event-repository.ts";
import { loadReference } from "../extract/reference.ts";
import { HealthRepository } from "../health/health-repository.ts";
import { IngestService } from "../ingest/ingest-service.ts";
import { OfficialRepository } from "../officials/official-repository.ts";
import { SearchRepository } from "../search/search-repository.ts";
import { SummitRepository } from "../summits/summit-repository.ts";
import { TopicRepository } from "../topics/topic-repository.ts";

export interface Repositories {
  events: EventRepository;
  officials: OfficialRepository;
  topics: TopicRepository;
  summits: SummitRepository;
  documents: DocumentRepository;
  health: HealthRepository;
  ingest: IngestService;
  search: SearchRepository;
}

declare module "fastify" {
  interface FastifyInstance {
    repos: Repositories;
    db: Db;
  }
}

// The only place Prisma is constructed: migrates the file, connects, and hands
// route handlers repositories rather than the client.
export default fp<{ file: string }>(
  async (app, { file }) => {
    const raw = openDatabase(file);
    try {
      const applied = migrate(raw);
      if (applied.length) app.log.info({ applied }, "migrations applied");
    } finally {
      raw.close();
    }
    const db = await createDb(file);
    app.decorate("db", db);
    const documents = new DocumentRepository(db);
    const search = new SearchRepository(file);
    app.decorate("repos", {
      events: new EventRepository(db),
      officials: new OfficialRepository(db),
      topics: new TopicRepository(db),
      summits: new SummitRepository(db),
      documents,
      health: new HealthRepository(
        db,
        readMigrations().map((m) => m.name),
      ),
      ingest: new IngestService(db, loadReference(), documents),
      search,
    });
    app.addHook("onClose", async () => {
      search.close();
      await db.$disconnect();
    });
  },
  { name: "database" },
);
