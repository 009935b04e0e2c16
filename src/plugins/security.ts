import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import underPressure from "@fastify/under-pressure";
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { problem } from "../http/problem.ts";
import { securityHeaders } from "../http/security-headers.ts";
import { HttpProblem } from "../lib/errors.ts";

export interface SecurityOptions {
  /** Browser origins allowed by CORS; none: GET from any origin, without credentials. */
  corsOrigins: string[];
  /** Requests per minute per client; 0 disables rate limiting. */
  rateLimitMax: number;
  /** The stricter per-minute limit of routes that write. */
  rateLimitWriteMax: number;
  /** Event-loop delay (ms) beyond which requests get 503; 0 disables the check. */
  maxEventLoopDelay: number;
  /** How often (ms) the delay is sampled (default 1000). */
  sampleInterval?: number;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** This route writes: the stricter rate limit applies. */
    writes?: boolean;
  }
}

// Headers, CORS, rate limits and load shedding: the outer defences of a public API
// (OWASP API4 unrestricted resource consumption, API8 security misconfiguration).
export default fp<SecurityOptions>(
  async (app, opts) => {
    // Swagger UI's own scripts and styles are allowed by the CSP it sets (staticCSP).
    const headers = securityHeaders().api;
    app.addHook("onRequest", (_req, reply, done) => {
      reply.headers(headers);
      done();
    });
    await app.register(cors, {
      origin: opts.corsOrigins.length ? opts.corsOrigins : "*",
      methods: opts.corsOrigins.length ? ["GET", "HEAD", "POST"] : ["GET", "HEAD"],
      // If-Match: a browser editor's corrections name the version they were made against.
      allowedHeaders: [
        "Accept",
        "Content-Type",
        "Authorization",
        "If-Match",
        "If-None-Match",
        "If-Modified-Since",
      ],
      exposedHeaders: [
        "ETag",
        "Link",
        "Location",
        "Retry-After",
        "X-Request-Id",
        "X-RateLimit-Limit",
        "X-RateLimit-Remaining",
      ],
      credentials: false,
      maxAge: 600,
    });
    if (opts.maxEventLoopDelay > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: opts.maxEventLoopDelay,
        sampleInterval: opts.sampleInterval ?? 1000,
        retryAfter: 10,
        // under-pressure sends what the handler returns (returning nothing would let the
        // request go on); its types only admit void, hence the cast.
        pressureHandler: ((req: FastifyRequest, reply: FastifyReply) => {
          reply.code(503).type("application/problem+json").header("Retry-After", "10");
          return problem(req, 503, "The server is overloaded; retry shortly");
        }) as unknown as (req: FastifyRequest, reply: FastifyReply) => void,
      });
    }
    if (opts.rateLimitMax > 0) {
      await app.register(rateLimit, {
        // One app-wide hook rather than per-route ones: it runs before the response cache
        // answers (cached reads count too) and for unknown paths (404s count too).
        global: false,
        // The socket address, or the proxy's view of the client when TRUST_PROXY says so.
        // Writes count in a bucket of their own, so reading does not use up the write allowance.
        keyGenerator: (req) => (req.routeOptions.config.writes ? `${req.ip} writes` : req.ip),
        max: (req) =>
          req.routeOptions.config.writes ? opts.rateLimitWriteMax || opts.rateLimitMax : opts.rateLimitMax,
        timeWindow: 60_000,
        errorResponseBuilder: (_req, ctx) =>
          new HttpProblem(
            ctx.statusCode,
            `rate limit exceeded: ${ctx.max} requests per minute; retry in ${ctx.after}`,
          ),
      });
      app.addHook("onRequest", app.rateLimit());
    }
  },
  { name: "security", dependencies: ["error-handler"] },
);
