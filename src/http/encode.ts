import zlib from "node:zlib";
import type { FastifyRequest } from "fastify";

/** Brotli quality for responses: 4 compresses JSON nearly as well as 11 at a fraction of the CPU. */
export const BROTLI_QUALITY = 4;
/** Below this, compression saves less than it costs. */
export const COMPRESS_THRESHOLD = 1024;
// Compressing here is synchronous (on the event loop), which is fine for a page and not
// for a multi-megabyte body: those stay with @fastify/compress, which streams.
const SYNC_LIMIT = 256 * 1024;

export interface Encoded {
  encoding?: "br" | "gzip";
  body: Buffer;
}

/**
 * The bytes to send and keep in the response cache for this request: compressed once,
 * as the client asked, rather than on every hit of a cached body.
 */
export function encodeFor(req: FastifyRequest, payload: string | Buffer): Encoded {
  const body = typeof payload === "string" ? Buffer.from(payload) : payload;
  if (body.length < COMPRESS_THRESHOLD || body.length > SYNC_LIMIT || !req.headers["accept-encoding"])
    return { body };
  const encoding = req.accepts().encoding(["br", "gzip", "identity"]);
  if (encoding === "br") {
    const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY };
    return { encoding, body: zlib.brotliCompressSync(body, { params }) };
  }
  if (encoding === "gzip") return { encoding, body: zlib.gzipSync(body) };
  return { body };
}
