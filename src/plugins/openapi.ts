import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { securityHeaders } from "../http/security-headers.ts";
import { pruneUnusedSchemas } from "../lib/prune-components.ts";
import { addSharedResponses } from "../lib/shared-responses.ts";

export const API_INFO = {
  title: "Summitry API",
  version: "0.2.0",
  description:
    "An open API of summit diplomacy: which leaders and senior officials met, called or visited each other, when, where, what they discussed, and which news articles say so. Every fact carries the quote and character offsets that support it.",
  license: { name: "MIT", identifier: "MIT" },
  contact: { name: "Summitry maintainers", url: "https://github.com/summitry/summitry/issues" },
};

const TAGS = [
  { name: "meetings", description: "Engagements between officials: meetings, calls, visits, talks, dinners" },
  {
    name: "events",
    description: "Every dated event, meetings and context (statements, incidents, announcements)",
  },
  { name: "officials", description: "Leaders and senior officials with their roles over time" },
  { name: "topics", description: "The topic taxonomy and where each topic came up" },
  { name: "summits", description: "Multilateral gatherings and the meetings on their sidelines" },
  { name: "documents", description: "Source articles and what was extracted from them" },
  {
    name: "search",
    description: "Full-text search (SQLite FTS5, BM25 ranking) with highlighted snippets",
  },
  {
    name: "changes",
    description: "What changed since a cursor, in commit order, for clients that keep a copy in sync",
  },
  {
    name: "datasets",
    description: "Dataset releases: fixed, citable copies of the whole dataset to download",
  },
  { name: "health", description: "Liveness and readiness probes" },
  { name: "admin", description: "Operations for admin keys: re-extraction and its jobs" },
];

// The spec is generated from the zod route schemas; /openapi.json serves it and
// `npm run openapi` writes the committed copy in openapi/.
export default fp<{ ui: boolean }>(
  async (app, { ui }) => {
    const uncached = new Set<string>();
    await app.register(fastifySwagger, {
      openapi: {
        openapi: "3.1.0",
        info: API_INFO,
        // Relative: the server that serves this document (Swagger UI's "Try it out" calls
        // it wherever it runs); generated clients take their base URL from the caller.
        servers: [{ url: "/", description: "The server that serves this document" }],
        tags: TAGS,
        components: {
          securitySchemes: {
            bearerAuth: {
              type: "http",
              scheme: "bearer",
              description: "A key from the server's API_KEYS with the editor (or admin) role",
            },
            adminAuth: {
              type: "http",
              scheme: "bearer",
              description: "A key from the server's API_KEYS with the admin role",
            },
          },
        },
      },
      transform: (arg) => {
        // Routes that opt out of the response cache send no validators: the spec says so.
        const config = arg.route.config;
        if (config?.cache === false && !config.conditional) uncached.add(arg.url.replace(/:(\w+)/g, "{$1}"));
        return jsonSchemaTransform(arg);
      },
      transformObject: (doc) =>
        addSharedResponses(pruneUnusedSchemas(jsonSchemaTransformObject(doc) as never), uncached),
    });
    // The spec is still built (npm run openapi needs it); only its routes are switched off.
    if (!ui) return;
    const htmlHeaders = securityHeaders().html;
    await app.register(fastifySwaggerUi, {
      routePrefix: "/docs",
      staticCSP: true,
      // Swagger UI sets a few styles inline (seen blocked in the browser test); scripts
      // stay limited to its own files.
      transformStaticCSP: (header) => header.replace(/style-src ([^;]*);/, "style-src $1 'unsafe-inline';"),
      // The headers that only concern an HTML page a browser renders (see security-headers.ts).
      uiHooks: {
        onRequest: (_req, reply, done) => {
          reply.headers(htmlHeaders);
          done();
        },
      },
    });
    app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "openapi" },
);
