import fs from "node:fs";
import fp from "fastify-plugin";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { isPostgresUrl } from "../data/db/location.ts";

declare module "fastify" {
  interface FastifyInstance {
    metrics: { ingests: Counter<"outcome"> };
  }
}

/**
 * GET /metrics in the Prometheus text format: requests and latency per route (the
 * route's pattern, never the raw URL, so ids do not multiply the series), ingests by
 * outcome, database and WAL size, heavy reads waiting, and the process's own figures.
 */
export default fp<{ location: string }>(
  async (app, { location }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labels = ["method", "route", "status"] as const;
    const latency = new Histogram({
      name: "http_request_duration_seconds",
      // Its _count is the request count: one series per answer, not two.
      help: "Time to answer, by method, route pattern and status",
      labelNames: labels,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
    const ingests = new Counter({
      name: "summitry_ingests_total",
      help: "Articles posted for ingestion, by outcome (created, duplicate, failed)",
      labelNames: ["outcome"],
      registers: [registry],
    });
    const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : 0);
    // A PostgreSQL server's size and health are its own exporter's to report.
    if (!isPostgresUrl(location)) {
      new Gauge({
        name: "summitry_database_bytes",
        help: "Size of the SQLite database file and of its write-ahead log",
        labelNames: ["file"],
        registers: [registry],
        collect() {
          this.set({ file: "db" }, size(location));
          this.set({ file: "wal" }, size(`${location}-wal`));
        },
      });
    }
    new Gauge({
      name: "summitry_read_queue",
      help: "Heavy reads waiting for a worker thread (SQLite) or a connection (PostgreSQL)",
      registers: [registry],
      collect() {
        this.set(app.reads.queued);
      },
    });
    app.decorate("metrics", { ingests });

    app.addHook("onResponse", (req, reply, done) => {
      const l = { method: req.method, route: req.routeOptions.url ?? "(no route)", status: reply.statusCode };
      latency.observe(l, reply.elapsedTime / 1000);
      done();
    });

    app.get("/metrics", { schema: { hide: true }, config: { cache: false } }, async (_req, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: "metrics", dependencies: ["database"] },
);
