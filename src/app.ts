import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import zlib from "node:zlib";
import accepts from "@fastify/accepts";
import compress from "@fastify/compress";
import Fastify, { type FastifyHttpOptions, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import documentRoutes from "./documents/document-routes.ts";
import ingestRoute from "./documents/ingest-route.ts";
import eventRoutes from "./events/event-routes.ts";
import timelineRoutes from "./events/timeline-routes.ts";
import healthRoutes from "./health/health-routes.ts";
import { BROTLI_QUALITY, COMPRESS_THRESHOLD } from "./http/encode.ts";
import { sendProblem } from "./http/problem.ts";
import { CursorCodec } from "./lib/cursor.ts";
import officialRoutes from "./officials/official-routes.ts";
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
  /** SHA-256 (hex) of further keys allowed to write. */
  apiKeyHashes?: string[];
  /** CORS, rate limits, load shedding; see SecurityOptions for the defaults. */
  security?: Partial<SecurityOptions>;
  /** false: no /docs, no /openapi.json. */
  docs?: boolean;
  /** X-Forwarded-For hops to trust (false: the socket address is the client). */
  trustProxy?: boolean | number | string[];
  /** ms for a whole request (headers and body) to arrive before a 408 (default 30 s). */
  requestTimeout?: number;
}

// A hop count trusts that many proxies nearest the server.
const trustedProxies = (t: AppOptions["trustProxy"]) =>
  typeof t === "number" ? (_addr: string, hop: number) => hop < t : (t ?? false);

// Credentials sent where they do not belong (a key in the query string) must not end
// up in the logs: such parameters are masked in every logged URL.
const SECRET_PARAMS = /([?&](?:key|api_?key|token|access_token|auth|password|secret)=)[^&]*/gi;
export const redactUrl = (url: string) => url.replace(SECRET_PARAMS, "$1[redacted]");

function withRedaction(logger: FastifyServerOptions["logger"]): FastifyServerOptions["logger"] {
  if (!logger) return logger;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: {
      ...base.serializers,
      req: (req: { method: string; url: string; host?: string; ip?: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
      }),
    },
  };
}

const SECURITY_DEFAULTS: SecurityOptions = {
  corsOrigins: [],
  rateLimitMax: 600,
  rateLimitWriteMax: 30,
  maxEventLoopDelay: 1000,
};

// A client may name its request (X-Request-Id) for correlating logs; anything that is
// not a short token is replaced, so logs cannot be forged through the header.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const requestId = (req: { headers: Record<string, unknown> }) => {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
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
  const requestTimeout = opts.requestTimeout ?? 30_000;
  const options: FastifyHttpOptions<Server> = {
    routerOptions: { ignoreTrailingSlash: true },
    // 1 MiB of JSON is ample for a news article; larger bodies (after decompression) get 413.
    bodyLimit: 1_048_576,
    // A request must arrive whole within requestTimeout (a trickled body gets 408), an
    // idle socket is closed, and oversized headers get 431.
    requestTimeout,
    connectionTimeout: requestTimeout * 2,
    keepAliveTimeout: 5_000,
    // Node only enforces requestTimeout when the headers deadline is not longer than it.
    http: {
      maxHeaderSize: 16_384,
      requestTimeout,
      headersTimeout: Math.min(requestTimeout, 20_000),
      connectionsCheckingInterval: Math.min(1_000, requestTimeout),
    },
    trustProxy: trustedProxies(opts.trustProxy),
    genReqId: requestId,
    // Errors the router raises before any route runs (a malformed or overlong URL) get
    // the same problem+json as everything else, not Fastify's own JSON.
    frameworkErrors: (err, req, reply) => {
      const status = err.statusCode && err.statusCode < 500 ? err.statusCode : 400;
      const detail =
        err.code === "FST_ERR_MAX_PARAM_LENGTH"
          ? "a path segment is longer than 100 characters"
          : "malformed URL";
      sendProblem(reply, req, status, detail);
    },
    ...fastifyOpts,
    logger: withRedaction(fastifyOpts.logger),
  };
  const app = Fastify(options);
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
  app.setSerializerCompiler(serializerCompiler);
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
    file: opts.databaseFile,
    readThreads: opts.readThreads ?? 1,
    readQueue: opts.readQueue ?? 64,
  });
  await app.register(metrics, { file: opts.databaseFile });
  await app.register(httpCache, { file: opts.databaseFile, entries: opts.responseCacheSize ?? 2000 });
  // After the cache: a body the cache keeps it compresses itself, once (see encode.ts);
  // this compresses the rest (streams, large bodies, the cache switched off).
  await app.register(compress, {
    threshold: COMPRESS_THRESHOLD,
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
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
