import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import accepts from "@fastify/accepts";
import compress from "@fastify/compress";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import documentRoutes from "./documents/document-routes.ts";
import ingestRoute from "./documents/ingest-route.ts";
import eventRoutes from "./events/event-routes.ts";
import timelineRoutes from "./events/timeline-routes.ts";
import healthRoutes from "./health/health-routes.ts";
import { CursorCodec } from "./lib/cursor.ts";
import officialRoutes from "./officials/official-routes.ts";
import arrayQuery from "./plugins/array-query.ts";
import auth from "./plugins/auth.ts";
import database from "./plugins/database.ts";
import errorHandler from "./plugins/error-handler.ts";
import httpCache from "./plugins/http-cache.ts";
import openapi from "./plugins/openapi.ts";
import searchRoutes from "./search/search-routes.ts";
import summitRoutes from "./summits/summit-routes.ts";
import topicRoutes from "./topics/topic-routes.ts";

export interface AppOptions {
  /** SQLite file (created and migrated if absent). */
  databaseFile: string;
  cursorSecret?: string;
  /** Keys allowed to write; none disables writes. */
  apiKeys?: string[];
  /** Responses kept in memory per dataset version; 0 disables (default 2000). */
  responseCacheSize?: number;
  /** Worker threads for heavy reads (default 1) and how many may wait (default 64). */
  readThreads?: number;
  readQueue?: number;
}

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
  // 1 MiB of JSON is ample for a news article; larger bodies get 413.
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true }, bodyLimit: 1_048_576, ...fastifyOpts });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate(
    "cursors",
    new CursorCodec(opts.cursorSecret ? Buffer.from(opts.cursorSecret) : randomBytes(32)),
  );
  await app.register(errorHandler);
  await app.register(accepts);
  await app.register(arrayQuery);
  await app.register(auth, { apiKeys: opts.apiKeys ?? [] });
  await app.register(openapi);
  await app.register(database, {
    file: opts.databaseFile,
    readThreads: opts.readThreads ?? 1,
    readQueue: opts.readQueue ?? 64,
  });
  await app.register(httpCache, { file: opts.databaseFile, entries: opts.responseCacheSize ?? 2000 });
  // After the cache, so its onSend hook stores bodies before they are compressed.
  await app.register(compress, {
    threshold: 1024,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  await app.register(healthRoutes);
  await app.register(eventRoutes);
  await app.register(officialRoutes);
  await app.register(topicRoutes);
  await app.register(summitRoutes);
  await app.register(documentRoutes);
  await app.register(ingestRoute);
  await app.register(searchRoutes);
  await app.register(timelineRoutes);
  return app;
}
