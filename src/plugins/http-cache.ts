import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { LRUCache } from "lru-cache";
import { notModified } from "../http/conditional.ts";
import { DatasetVersion } from "../http/dataset-version.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** false: never cached nor given an ETag (health checks, streams of changing state). */
    cache?: boolean;
  }
  interface FastifyRequest {
    etag?: string;
  }
  interface FastifyInstance {
    dataset: DatasetVersion;
  }
}

interface Cached {
  type: string;
  body: string;
}

const CACHE_CONTROL = "public, no-cache";
const VARY = "Accept, Accept-Encoding";

function cacheable(req: FastifyRequest): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.routeOptions.config.cache === false || !req.routeOptions.url) return false;
  return !req.routeOptions.url.startsWith("/docs");
}

// A response is a function of the dataset version and the request's URL and the
// headers it varies on, so that pair is a strong validator, and the serialized body
// can be reused until a write changes the version.
function etagFor(req: FastifyRequest, version: string): string {
  const h = req.headers;
  const key = `${req.url}\n${h.accept ?? ""}\n${h["accept-encoding"] ?? ""}`;
  return `"${version}-${createHash("sha256").update(key).digest("base64url").slice(0, 16)}"`;
}

/**
 * ETag, Last-Modified and Cache-Control on every read, 304 for a current copy, and an
 * in-memory cache of serialized bodies keyed by ETag. "no-cache" lets clients and
 * proxies store responses but revalidate each time: answers change only when a write
 * lands, and a revalidation costs a hash, not a query.
 */
export default fp<{ file: string; entries: number }>(
  async (app, opts) => {
    const dataset = new DatasetVersion(opts.file);
    app.decorate("dataset", dataset);
    app.addHook("onClose", async () => dataset.close());
    const bodies =
      opts.entries > 0
        ? new LRUCache<string, Cached>({
            max: opts.entries,
            maxSize: 64 * 2 ** 20,
            sizeCalculation: (v) => v.body.length || 1,
          })
        : null;

    app.addHook("onRequest", (req, reply, done) => {
      if (!cacheable(req)) return done();
      const version = dataset.current();
      const etag = etagFor(req, version.tag);
      req.etag = etag;
      reply.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).header("Vary", VARY);
      if (version.lastModified) reply.header("Last-Modified", version.lastModified.toUTCString());
      if (notModified(req, etag, version.lastModified)) return reply.code(304).send();
      const hit = bodies?.get(etag);
      if (hit) return reply.type(hit.type).header("X-Cache", "hit").send(hit.body);
      done();
    });

    app.addHook("onSend", (req, reply, payload, done) => {
      if (!req.etag) return done(null, payload);
      const status = reply.statusCode;
      if (status === 200 && bodies && typeof payload === "string" && !reply.hasHeader("X-Cache")) {
        bodies.set(req.etag, { type: String(reply.getHeader("content-type")), body: payload });
      } else if (status !== 200 && status !== 304) {
        // An error describes this request, not a version of the resource.
        reply.removeHeader("ETag").removeHeader("Last-Modified").header("Cache-Control", "no-store");
      }
      done(null, payload);
    });
  },
  { name: "http-cache", dependencies: ["database"] },
);
