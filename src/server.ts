import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { databaseLocation } from "./data/db/location.ts";
import { EXPLORER_DIR } from "./explorer/explorer-routes.ts";
import { lookupCity } from "./extract/places/gazetteer.ts";
import { seedIfEmpty } from "./ingest/seed-if-empty.ts";
import { RELEASES_DIR } from "./release/releases.ts";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}

// A fresh database gets the seed corpus so the first request already has data. It is
// loaded before the app exists: seeding blocks the event loop for seconds, which the
// load-shedding sampler would count against the first requests (503 on a busy machine).
const location = databaseLocation(config.DATABASE_URL);
const seeded = await seedIfEmpty(location);
// The gazetteer (135k cities) is indexed on first use, seconds of blocking: do it now, not
// in the first ingest or /places request. Seeding has done it when it ran.
lookupCity("");

const app = await buildApp(
  {
    database: location,
    readReplicas: config.READ_DATABASE_URLS,
    cursorSecret: config.CURSOR_SECRET,
    apiKeys: config.API_KEYS,
    responseCacheSize: config.RESPONSE_CACHE_SIZE,
    readThreads: config.READ_THREADS,
    readQueue: config.READ_QUEUE,
    apiKeyHashes: config.API_KEY_HASHES,
    docs: config.DOCS_ENABLED,
    explorer: config.EXPLORER_ENABLED ? EXPLORER_DIR : undefined,
    releases: config.RELEASES_DIR ?? RELEASES_DIR,
    trustProxy: config.TRUST_PROXY,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    security: {
      corsOrigins: config.CORS_ORIGINS,
      rateLimitMax: config.RATE_LIMIT_MAX,
      rateLimitWriteMax: config.RATE_LIMIT_WRITE_MAX,
      maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
    },
  },
  { logger: { level: config.LOG_LEVEL } },
);

if (seeded !== null) app.log.info({ documents: seeded }, "empty database seeded");

// SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database.
closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, "shutting down after an error");
  else app.log.info({ signal }, "shutting down");
  await app.close();
});

await app.listen({ port: config.PORT, host: config.HOST });
