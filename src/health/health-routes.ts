import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sendProblem } from "../http/problem.ts";
import { ok, problemResponses } from "../schemas/common.ts";
import { HealthSchema, ReadySchema } from "../schemas/health.ts";

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  // Probes report the process's state now, not a version of the dataset.
  app.get("/health", {
    config: { cache: false },
    schema: {
      operationId: "getHealth",
      summary: "Liveness: the process is serving",
      description:
        "200 whenever the process can answer; it does not touch the database. For load balancers and container health checks.",
      tags: ["health"],
      response: { 200: ok(HealthSchema, "The process is up"), ...problemResponses() },
    },
    handler: async () => ({ status: "ok" as const }),
  });

  app.get("/ready", {
    config: { cache: false },
    schema: {
      operationId: "getReady",
      summary: "Readiness: database (and read replicas) reachable and migrations applied",
      description:
        "200 with the number of applied migrations and of read replicas checked, or 503 naming why the server should not receive traffic yet (the database or which replica).",
      tags: ["health"],
      response: { 200: ok(ReadySchema, "Ready to serve"), ...problemResponses(503) },
    },
    handler: async (req, reply) => {
      const r = await app.repos.health.check();
      if (!r.ok) return sendProblem(reply, req, 503, r.reason);
      return { status: "ready" as const, migrations: r.migrations, replicas: r.replicas };
    },
  });
};

export default healthRoutes;
