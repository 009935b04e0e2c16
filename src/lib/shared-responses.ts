// Answers any operation can give whatever its handler does: the rate limit (429),
// load shedding (503) and, for reads, a conditional request's 304. They come from
// app-wide hooks, not route schemas, so they are added to the document here: a client
// generated from the spec must know them.

type Operation = { responses?: Record<string, unknown> };
type Doc = { paths?: Record<string, Record<string, Operation>> };

const problem = (description: string, headers: Record<string, unknown> = {}) => ({
  description,
  headers,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const seconds = { type: "integer", format: "int32", minimum: 0, maximum: 86_400 };
const count = { type: "integer", format: "int32", minimum: 0, maximum: 2_147_483_647 };
const retryAfter = { "Retry-After": { description: "Seconds to wait before retrying", schema: seconds } };

// Sent on every answer while rate limiting is on (RATE_LIMIT_MAX > 0).
const RATE_HEADERS = {
  "X-RateLimit-Limit": { description: "Requests allowed per minute", schema: count },
  "X-RateLimit-Remaining": { description: "Requests left in this minute", schema: count },
  "X-RateLimit-Reset": { description: "Seconds until the allowance renews", schema: seconds },
};

// CORS: "*" unless CORS_ORIGINS lists origins, then the caller's origin when listed.
const CORS_HEADER = {
  "Access-Control-Allow-Origin": {
    description: "* or, with CORS_ORIGINS set, the caller's origin when it is listed",
    schema: { type: "string", maxLength: 200, pattern: "^(\\*|https?://[^/\\s]+)$" },
  },
};

const RATE_LIMITED = problem("Too many requests from this client: the per-minute limit is used up", {
  ...retryAfter,
  ...RATE_HEADERS,
});

// What a cacheable read's 200 carries, first answer or cached copy alike (http-cache).
const VALIDATORS = {
  ETag: {
    description: "Strong validator of this representation; send it back as If-None-Match",
    required: true,
    schema: { type: "string", maxLength: 100, pattern: '^"[\\w-]+"$' },
  },
  "Last-Modified": {
    description: "When the dataset last changed (an HTTP date)",
    schema: {
      type: "string",
      maxLength: 40,
      pattern: "^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$",
    },
  },
  "Cache-Control": {
    description: "public, no-cache: store, but revalidate every time",
    required: true,
    schema: { type: "string", maxLength: 100, pattern: "^[\\w ,=-]+$" },
  },
  Vary: {
    description: "The request headers the representation depends on",
    schema: { type: "string", maxLength: 200, pattern: "^[\\w, -]+$" },
  },
  "X-Cache": {
    description: "hit when the body came from the server's response cache",
    schema: { type: "string", enum: ["hit"] },
  },
};

// RFC 8288: the next page of a keyset list, the same URL with `cursor` replaced.
const LINK = {
  Link: {
    description: 'The next page, when there is one: <relative URL>; rel="next"',
    schema: { type: "string", maxLength: 4096, pattern: '^<[^>]+>; rel="next"$' },
  },
};

// Exports (format=csv|ndjson) are downloads with a file name.
const DISPOSITION = {
  "Content-Disposition": {
    description: 'On CSV and NDJSON exports: attachment; filename="<list>.<format>"',
    schema: { type: "string", maxLength: 200, pattern: '^attachment; filename="[\\w.-]+"$' },
  },
};

/** What a 200 of this operation carries besides CORS and rate-limit headers. */
function representation(op: Operation & { parameters?: { name: string }[] }) {
  const names = new Set((op.parameters ?? []).map((p) => p.name));
  return {
    ...VALIDATORS,
    ...(names.has("cursor") ? LINK : {}),
    ...(names.has("format") ? DISPOSITION : {}),
  };
}

const NOT_MODIFIED = {
  description: "Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current",
};

/**
 * `uncached`: the paths (as the document writes them) whose reads bypass the response
 * cache (probes), so carry no validators.
 */
export function addSharedResponses<T extends Doc>(doc: T, uncached: ReadonlySet<string> = new Set()): T {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      op.responses ??= {};
      const r = op.responses;
      if (method === "get" && !uncached.has(path)) {
        r["304"] ??= NOT_MODIFIED;
        const ok = r["200"] as { headers?: object } | undefined;
        if (ok) r["200"] = { ...ok, headers: { ...representation(op), ...ok.headers } };
      }
      if (path.includes("{"))
        r["414"] ??= problem("URI Too Long: a path parameter is longer than 100 characters");
      r["429"] ??= RATE_LIMITED;
      r["503"] ??= problem(
        "Service unavailable: overloaded or the database is busy; retry later",
        retryAfter,
      );
      for (const [status, response] of Object.entries(r)) {
        const limited = /^[24]/.test(status) ? RATE_HEADERS : {};
        const res = response as { headers?: object };
        // A fresh object per response: shared ones would be written out as one.
        r[status] = { ...res, headers: { ...CORS_HEADER, ...limited, ...res.headers } };
      }
    }
  }
  sizeIntegers(doc);
  return doc;
}

const INT32 = 2_147_483_647;

// Every integer the API sends or takes is a JavaScript safe integer; saying which
// width (and, where the schema leaves them open, the bounds) lets generated clients
// pick the right type.
function sizeIntegers(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) sizeIntegers(n);
    return;
  }
  if (!node || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  if (o.type === "integer") {
    o.minimum ??= -Number.MAX_SAFE_INTEGER;
    o.maximum ??= Number.MAX_SAFE_INTEGER;
    o.format ??= Number(o.minimum) >= -INT32 - 1 && Number(o.maximum) <= INT32 ? "int32" : "int64";
  }
  for (const v of Object.values(o)) sizeIntegers(v);
}
