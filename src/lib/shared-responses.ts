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

const retryAfter = {
  "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } },
};

const RATE_LIMITED = problem("Too many requests from this client: the per-minute limit is used up", {
  ...retryAfter,
  "X-RateLimit-Limit": { description: "Requests allowed per minute", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Requests left in this minute", schema: { type: "integer" } },
  "X-RateLimit-Reset": { description: "Seconds until the allowance renews", schema: { type: "integer" } },
});

const NOT_MODIFIED = {
  description: "Not Modified: the copy named by If-None-Match (or If-Modified-Since) is current",
};

export function addSharedResponses<T extends Doc>(doc: T): T {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      op.responses ??= {};
      const r = op.responses;
      if (method === "get") r["304"] ??= NOT_MODIFIED;
      if (path.includes("{"))
        r["414"] ??= problem("URI Too Long: a path parameter is longer than 100 characters");
      r["429"] ??= RATE_LIMITED;
      r["503"] ??= problem(
        "Service unavailable: overloaded or the database is busy; retry later",
        retryAfter,
      );
    }
  }
  return doc;
}
