import { hash } from "node:crypto";
import type { FastifyReply, FastifyRequest, onRequestHookHandler, RouteOptions } from "fastify";
import fp from "fastify-plugin";
import { LRUCache } from "lru-cache";
import { type DatasetVersion, SqliteDatasetVersion, type Version } from "../data/dataset-version.ts";
import { PostgresDatasetVersion } from "../data/dataset-version-pg.ts";
import { isPostgresUrl } from "../data/db/location.ts";
import { replicaReader } from "../data/query.ts";
import { notModified } from "../http/conditional.ts";
import { encodeFor } from "../http/encode.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** false: never cached nor given an ETag (health checks, streams of changing state). */
    cache?: boolean;
    /** With cache false: the route sets its own validators and answers 304 itself. */
    conditional?: boolean;
    /** The resource's own version (null: no such resource), in place of the dataset's. */
    resourceVersion?: ResourceVersion;
  }
  interface FastifyRequest {
    etag?: string;
    /** What the response is cached under (see requestKey), at which dataset version. */
    cacheKey?: string;
    cacheVersion?: string;
    /** Headers already set when the handler ran: per-request, so never cached. */
    headersBefore?: Set<string>;
  }
  interface FastifyInstance {
    dataset: DatasetVersion;
  }
}

interface Cached {
  /** The dataset version the body was computed at; another version's entry is a miss. */
  version: string;
  etag: string;
  type: string;
  encoding?: string;
  /** Bytes, not a string: a hit then skips UTF-8 length counting and encoding. */
  body: Buffer;
  /** What the route set besides the body (Link, Content-Disposition, …), replayed on a hit. */
  headers: Record<string, string | string[]>;
}

type ResourceVersion = (req: FastifyRequest) => Promise<string | null>;

const CACHE_CONTROL = "public, no-cache";
// Describe one transmission, not the representation: never stored with a body. The
// cache keeps type and encoding itself.
const TRANSPORT = new Set([
  "content-length",
  "content-type",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "date",
  "x-cache",
]);

/**
 * The headers that belong to the body: what the handler and the hooks after it set.
 * Those set before (request id, rate-limit counters, CORS, security, validators) are
 * computed afresh for every request, hits included.
 */
function representationHeaders(reply: FastifyReply, before: Set<string> | undefined) {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || TRANSPORT.has(name) || before?.has(name)) continue;
    kept[name] = typeof value === "number" ? String(value) : value;
  }
  return kept;
}
const VARY = "Accept, Accept-Encoding";

// Decided once per route rather than per request (the request's routeOptions is built
// afresh on each access). HEAD routes Fastify derives from GET pass through here too.
function cacheable(route: RouteOptions): boolean {
  if (![route.method].flat().some((m) => m === "GET" || m === "HEAD")) return false;
  if (route.config?.cache === false) return false;
  return !route.url.startsWith("/docs") && !route.url.includes("*");
}

// A response is a function of the dataset version and the request's URL and the
// headers it varies on, so that pair is a strong validator, and the serialized body
// can be reused until a write changes the version.
function requestKey(req: FastifyRequest): string {
  const h = req.headers;
  return `${req.url}\n${h.accept ?? ""}\n${h["accept-encoding"] ?? ""}`;
}

/** Resource versions remembered per dataset version (a few MiB at most). */
const KNOWN_VERSIONS = 20_000;
const etagFor = (key: string, version: string) =>
  `"${version}-${hash("sha256", key, "base64url").slice(0, 16)}"`;

/**
 * ETag, Last-Modified and Cache-Control on every read, 304 for a current copy, and an
 * in-memory cache of serialized bodies keyed by request. "no-cache" lets clients and
 * proxies store responses but revalidate each time: answers change only when a write
 * lands, and a revalidation costs a hash, not a query.
 */
export default fp<{ location: string; entries: number }>(
  async (app, opts) => {
    const dataset: DatasetVersion = isPostgresUrl(opts.location)
      ? await PostgresDatasetVersion.open(replicaReader(app.db), (err) =>
          app.log.error({ err }, "the dataset version could not be read"),
        )
      : new SqliteDatasetVersion(opts.location);
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

    /** Sets the validators; answers from the cache (304 or a stored body) when it can. */
    const answer = (req: FastifyRequest, reply: FastifyReply, version: Version): boolean => {
      const key = requestKey(req);
      // Keyed by the request rather than the ETag, so a hit costs no hashing and a new
      // version's body replaces the old one instead of sitting beside it.
      const cached = bodies?.get(key);
      const hit = cached?.version === version.tag ? cached : undefined;
      const etag = hit?.etag ?? etagFor(key, version.tag);
      req.etag = etag;
      req.cacheKey = key;
      req.cacheVersion = version.tag;
      reply.header("ETag", etag).header("Cache-Control", CACHE_CONTROL).header("Vary", VARY);
      if (version.httpDate) reply.header("Last-Modified", version.httpDate);
      if (notModified(req, etag, version.lastModified)) {
        reply.code(304).send();
        return true;
      }
      if (hit) {
        if (hit.encoding) reply.header("Content-Encoding", hit.encoding);
        reply.headers(hit.headers).type(hit.type).header("X-Cache", "hit").send(hit.body);
        return true;
      }
      req.headersBefore = new Set(Object.keys(reply.getHeaders()));
      return false;
    };

    const revalidate: onRequestHookHandler = (req, reply, done) => {
      // PostgreSQL reads the version asynchronously: an answer waits for the look under
      // way after this process's own write, or once the last look is RECHECK_MS old.
      const waiting = dataset.pending();
      if (!waiting) {
        if (!answer(req, reply, dataset.current())) done();
        return;
      }
      waiting.then(() => {
        if (!answer(req, reply, dataset.current())) done();
      }, done);
    };

    // Every write moves the dataset's version, so a resource's own version cannot change
    // while the dataset's stays: it is read once per resource and dataset version (one
    // query per cached detail before, the cost of most of a cache hit on PostgreSQL).
    const known = { tag: "", versions: new Map<string, string | null>() };
    /** The remembered version of a resource at the current dataset version, if any. */
    const remembered = (key: string): string | null | undefined => {
      const { tag } = dataset.current();
      if (tag !== known.tag || known.versions.size >= KNOWN_VERSIONS) {
        known.tag = tag;
        known.versions.clear();
      }
      return known.versions.get(key);
    };
    const versionAt = async (versionOf: ResourceVersion, req: FastifyRequest, key: string) => {
      await dataset.pending();
      const seen = remembered(key);
      if (seen !== undefined) return seen;
      const { tag } = dataset.current();
      const v = await versionOf(req);
      // Kept only if no write moved the dataset meanwhile: v may predate or follow it.
      if (dataset.current().tag === tag) known.versions.set(key, v);
      return v;
    };
    // A resource with a version of its own (an event): its ETag changes with that version
    // only, so a correction's If-Match is not refused because another event changed.
    // A version already known answers in the same tick, without a promise: the cost of a
    // cached detail was mostly this hook's.
    const revalidateResource =
      (versionOf: ResourceVersion, url: string): onRequestHookHandler =>
      (req, reply, done) => {
        const key = `${url}\0${Object.values(req.params as Record<string, string>).join("\0")}`;
        const respond = (v: string | null) => {
          let answered = false;
          try {
            // Unknown (null): the handler answers 404, uncached.
            answered = v !== null && answer(req, reply, { tag: v, lastModified: null, httpDate: null });
          } catch (err) {
            return done(err as Error);
          }
          if (!answered) done();
        };
        const seen = dataset.pending() ? undefined : remembered(key);
        if (seen !== undefined) return respond(seen);
        versionAt(versionOf, req, key).then(respond, done);
      };

    app.addHook("onRoute", (route) => {
      if (!cacheable(route)) return;
      const own = route.config?.resourceVersion;
      route.onRequest = [
        ...(route.onRequest ? [route.onRequest].flat() : []),
        own ? revalidateResource(own, route.url) : revalidate,
      ];
    });

    app.addHook("onSend", (req, reply, payload, done) => {
      if (!req.etag) return done(null, payload);
      const status = reply.statusCode;
      // Bodies are strings, or bytes where a list splices stored items (stored-list.ts).
      const body = typeof payload === "string" || Buffer.isBuffer(payload) ? payload : null;
      if (status === 200 && bodies && body !== null && !reply.hasHeader("X-Cache")) {
        const encoded = encodeFor(req, body);
        const type = String(reply.getHeader("content-type"));
        bodies.set(req.cacheKey ?? "", {
          version: req.cacheVersion ?? "",
          etag: req.etag,
          type,
          encoding: encoded.encoding,
          body: encoded.body,
          headers: representationHeaders(reply, req.headersBefore),
        });
        // @fastify/compress leaves a body alone once it has a Content-Encoding.
        if (encoded.encoding) reply.header("Content-Encoding", encoded.encoding);
        return done(null, encoded.encoding ? encoded.body : payload);
      } else if (status !== 200 && status !== 304) {
        // An error describes this request, not a version of the resource.
        reply.removeHeader("ETag").removeHeader("Last-Modified").header("Cache-Control", "no-store");
      }
      done(null, payload);
    });
  },
  { name: "http-cache", dependencies: ["database"] },
);
