import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { FastifyHttpOptions, FastifyServerOptions } from "fastify";
import { sendProblem } from "./problem.ts";

// The Fastify server's own options: timeouts and limits, proxies, request ids and what
// the logs may show. Kept apart from the app so the app file reads as its plugins and
// routes.

// A hop count trusts that many proxies nearest the server.
type TrustProxy = boolean | number | string[] | undefined;

const trustedProxies = (t: TrustProxy) =>
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

// A client may name its request (X-Request-Id) for correlating logs; anything that is
// not a short token is replaced, so logs cannot be forged through the header.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const requestId = (req: { headers: Record<string, unknown> }) => {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
};

/** Fastify's options for the app: the caller's (logger, tests' overrides) win, redacted. */
export function serverOptions(
  opts: { requestTimeout?: number; trustProxy?: TrustProxy },
  fastifyOpts: FastifyServerOptions,
): FastifyHttpOptions<Server> {
  const requestTimeout = opts.requestTimeout ?? 30_000;
  return {
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
}
