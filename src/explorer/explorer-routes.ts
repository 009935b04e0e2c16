import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendProblem } from "../http/problem.ts";
import { securityHeaders } from "../http/security-headers.ts";

/** Where `npm run build:explorer` writes the explorer, beside src/ (and beside dist/). */
export const EXPLORER_DIR = path.resolve(import.meta.dirname, "../../explorer/dist");

// The explorer's page may run its own scripts and styles and call this API, nothing
// else: no inline script, no other origin. Style attributes set through the DOM
// (the charts' inline styles) are CSSOM, which style-src 'self' allows.
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The explorer (explorer/, issue 15) at `/`: a page built only on the public API,
 * served as static files by this server. Its assets have content hashes in their
 * names, so they are cached for a year; the page itself is revalidated.
 */
export default async function explorerRoutes(app: FastifyInstance, opts: { dir: string }) {
  const indexFile = path.join(opts.dir, "index.html");
  const page = fs.existsSync(indexFile) ? fs.readFileSync(indexFile) : null;
  if (!page)
    app.log.warn({ dir: opts.dir }, "the explorer is not built (npm run build:explorer): / answers 503");
  const html = { ...securityHeaders().html, "content-security-policy": PAGE_CSP };

  app.get("/", { schema: { hide: true }, config: { cache: false } }, async (req, reply) => {
    if (!page) return sendProblem(reply, req, 503, "The explorer is not built: run npm run build:explorer");
    return reply
      .headers(html)
      .header("cache-control", "no-cache")
      .type("text/html; charset=utf-8")
      .send(page);
  });
  if (page)
    await app.register(fastifyStatic, {
      root: path.join(opts.dir, "assets"),
      prefix: "/assets/",
      immutable: true,
      maxAge: "365d",
      // The 404 for a missing file is the API's problem+json, like every other 404.
      wildcard: true,
    });
}
