import type { FastifyRequest } from "fastify";

/** RFC 9110 §13.1.2: If-None-Match matches on any listed tag (weak comparison) or "*". */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}

/** 304 when the client's copy is current: If-None-Match wins over If-Modified-Since (§13.2.2). */
export function notModified(req: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const inm = req.headers["if-none-match"];
  if (inm !== undefined) return etagMatches(inm, etag);
  const ims = req.headers["if-modified-since"];
  if (!ims || !lastModified) return false;
  const since = Date.parse(ims);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
