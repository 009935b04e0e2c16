import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import type { Test } from "tap";
import { type AppOptions, buildApp } from "../src/app.ts";
import { storeItems } from "../src/data/event-items.ts";
import { loadSeed } from "../src/ingest/load-seed.ts";
import { violation } from "./contract.ts";
import { copySeeded } from "./seeded.ts";

export function tempDir(t: Test, prefix = "summitry-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The real app on a fresh SQLite file, migrated and (by default) seeded by the real code. */
export const TEST_KEY = "test-key-0123456789abcdef";

export async function build(
  t: Test,
  opts: { seed?: boolean } & Partial<AppOptions> = {},
  fastifyOpts: FastifyServerOptions = { logger: false },
): Promise<FastifyInstance> {
  const { seed, ...appOpts } = opts;
  const file = path.join(tempDir(t), "test.db");
  // Suites send hundreds of requests from one address, and seeding blocks the loop:
  // no rate limit or load shedding unless a test asks for them.
  const options: AppOptions = {
    database: file,
    apiKeys: [TEST_KEY],
    checkResponses: true,
    ...appOpts,
    security: { rateLimitMax: 0, maxEventLoopDelay: 0, ...appOpts.security },
  };
  // On the default file, a copy of the database the seed left (seeded.ts); a test that
  // names its own database (PostgreSQL, a replica pair…) is seeded here by the real code.
  const copied = seed !== false && appOpts.database === undefined;
  if (copied) await copySeeded(file, options);
  const app = await buildApp(options, fastifyOpts);
  t.teardown(() => app.close());
  checkContract(t, app);
  if (seed !== false && !copied) {
    await loadSeed(app.db);
    // As the server's writes do after each write: lists then read stored items.
    await storeItems(app.db, 10_000);
  }
  await app.ready();
  return app;
}

/**
 * Checks every response the app sends against the committed OpenAPI document (see
 * contract.ts); the test file fails at the end, listing each mismatch.
 */
function checkContract(t: Test, app: FastifyInstance) {
  const problems = new Set<string>();
  app.addHook("onSend", async (req, reply, payload) => {
    const route = req.routeOptions.url;
    // Undocumented on purpose: unknown paths, the docs UI, the spec itself, metrics.
    if (route && !req.routeOptions.schema?.hide && !route.startsWith("/docs") && route !== "*") {
      const type = reply.getHeader("content-type");
      const v = violation(
        req.method,
        route,
        reply.statusCode,
        type === undefined ? undefined : String(type),
        payload,
        reply.getHeaders(),
      );
      if (v) problems.add(v);
    }
    return payload;
  });
  t.teardown(() => {
    if (problems.size)
      throw new Error(`responses that break openapi/openapi.json:\n${[...problems].join("\n")}`);
  });
}

/** GET and parse JSON, failing the test with the body when the status is not as expected. */
export async function getJson<T = any>(t: Test, app: FastifyInstance, url: string, status = 200): Promise<T> {
  const res = await app.inject({ method: "GET", url });
  t.equal(res.statusCode, status, `${url} -> ${status}`, { body: res.body.slice(0, 500) });
  return res.json() as T;
}
