import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import accepts from "@fastify/accepts";
import compress from "@fastify/compress";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { validatorCompiler } from "fastify-type-provider-zod";
import adminRoutes from "./admin/admin-routes.ts";
import curationRoutes from "./curations/curation-routes.ts";
import datasetRoutes from "./datasets/dataset-routes.ts";
import documentRoutes from "./documents/document-routes.ts";
import ingestRoute from "./documents/ingest-route.ts";
import correctionRoutes from "./events/correction-routes.ts";
import eventRoutes from "./events/event-routes.ts";
import feedRoute from "./events/feed-route.ts";
import historyRoutes from "./events/history-routes.ts";
import timelineRoutes from "./events/timeline-routes.ts";
import explorerRoutes from "./explorer/explorer-routes.ts";
import healthRoutes from "./health/health-routes.ts";
import { BROTLI_QUALITY, COMPRESS_THRESHOLD } from "./http/encode.ts";
import { jsonSerializerCompiler } from "./http/serializer.ts";
import { serverOptions } from "./http/server-options.ts";
import { CursorCodec } from "./lib/cursor.ts";
import officialRoutes from "./officials/official-routes.ts";
import placeRoutes from "./places/place-routes.ts";
import allowedMethods from "./plugins/allowed-methods.ts";
import arrayQuery from "./plugins/array-query.ts";
import auth from "./plugins/auth.ts";
import database from "./plugins/database.ts";
import errorHandler from "./plugins/error-handler.ts";
import httpCache from "./plugins/http-cache.ts";
import metrics from "./plugins/metrics.ts";
import notFound from "./plugins/not-found.ts";
import openapi from "./plugins/openapi.ts";
import security, { type SecurityOptions } from "./plugins/security.ts";
import reviewRoutes from "./review/review-routes.ts";
import searchRoutes from "./search/search-routes.ts";
import summitRoutes from "./summits/summit-routes.ts";
import topicRoutes from "./topics/topic-routes.ts";

export interface AppOptions {
  /** A SQLite file (created and migrated if absent) or a postgres:// URL (migrated). */
  database: string;
  /** PostgreSQL read replicas (postgres:// URLs): this process reads from one of them. */
  readReplicas?: string[];
  cursorSecret?: string;
  /** Keys allowed to write; none disables writes. */
  apiKeys?: string[];
  /** Responses kept in memory per dataset version; 0 disables (default 2000). */
  responseCacheSize?: number;
  /** Worker threads for heavy reads (default 1) and how many may wait (default 64). */
  readThreads?: number;
  readQueue?: number;
  /** SHA-256 (hex) of further keys allowed to write. */
  apiKeyHashes?: string[];
  /** CORS, rate limits, load shedding; see SecurityOptions for the defaults. */
  security?: Partial<SecurityOptions>;
  /** The folder of dataset releases (npm run release) that /datasets lists and serves. */
  releases?: string;
  /** The built explorer (explorer/dist) to serve at `/`; none: `/` is not served. */
  explorer?: string;
  /** false: no /docs, no /openapi.json. */
  docs?: boolean;
  /** X-Forwarded-For hops to trust (false: the socket address is the client). */
  trustProxy?: boolean | number | string[];
  /** ms for a whole request (headers and body) to arrive before a 408 (default 30 s). */
  requestTimeout?: number;
  /** Also encode every response through zod and require the same bytes (the tests do). */
  checkResponses?: boolean;
}

// Every feature's routes, registered after the plugins they rely on (database, cache,
// auth, error handler). A new resource adds its routes here.
const ROUTES = [
  healthRoutes,
  eventRoutes,
  correctionRoutes,
  historyRoutes,
  feedRoute,
  curationRoutes,
  reviewRoutes,
  adminRoutes,
  officialRoutes,
  topicRoutes,
  summitRoutes,
  documentRoutes,
  ingestRoute,
  searchRoutes,
  timelineRoutes,
  placeRoutes,
];

const SECURITY_DEFAULTS: SecurityOptions = {
  corsOrigins: [],
  rateLimitMax: 600,
  rateLimitWriteMax: 30,
  maxEventLoopDelay: 1000,
};

declare module "fastify" {
  interface FastifyInstance {
    cursors: CursorCodec;
  }
}

/** Builds the application without listening: the server and the tests both use it. */
export async function buildApp(
  opts: AppOptions,
  fastifyOpts: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify(serverOptions(opts, fastifyOpts));
  // Hooks on every request are callback-style: an async hook costs a promise per call,
  // which shows on cached reads that do little else.
  app.addHook("onRequest", (req, reply, done) => {
    reply.header("X-Request-Id", req.id);
    done();
  });
  // Shutting down: requests already in flight are answered, with Connection: close so
  // keep-alive clients reconnect elsewhere instead of holding the socket (and the exit).
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", (_req, reply, payload, done) => {
    if (closing) reply.header("Connection", "close");
    done(null, payload);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(jsonSerializerCompiler(opts.checkResponses ?? false));
  app.decorate(
    "cursors",
    new CursorCodec(opts.cursorSecret ? Buffer.from(opts.cursorSecret) : randomBytes(32)),
  );
  await app.register(errorHandler);
  await app.register(allowedMethods);
  await app.register(security, { ...SECURITY_DEFAULTS, ...opts.security });
  await app.register(notFound);
  await app.register(accepts);
  await app.register(arrayQuery);
  await app.register(auth, { apiKeys: opts.apiKeys ?? [], apiKeyHashes: opts.apiKeyHashes ?? [] });
  await app.register(openapi, { ui: opts.docs ?? true });
  await app.register(database, {
    location: opts.database,
    replicas: opts.readReplicas ?? [],
    readThreads: opts.readThreads ?? 1,
    readQueue: opts.readQueue ?? 64,
  });
  await app.register(metrics, { location: opts.database });
  await app.register(httpCache, { location: opts.database, entries: opts.responseCacheSize ?? 2000 });
  // After the cache: a body the cache keeps it compresses itself, once (see encode.ts);
  // this compresses the rest (streams, large bodies, the cache switched off).
  await app.register(compress, {
    threshold: COMPRESS_THRESHOLD,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
  for (const routes of ROUTES) await app.register(routes);
  await app.register(datasetRoutes, { dir: opts.releases });
  if (opts.explorer) await app.register(explorerRoutes, { dir: opts.explorer });
  return app;
}
