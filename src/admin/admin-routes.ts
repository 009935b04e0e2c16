import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { HttpProblem, NotFoundError } from "../lib/errors.ts";
import { ok, problemResponses } from "../schemas/common.ts";
import { JobParamsSchema, JobSchema } from "../schemas/job.ts";

const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post("/admin/reextract", {
    onRequest: app.requireRole("admin"),
    config: { writes: true },
    schema: {
      operationId: "startReextraction",
      summary: "Re-extract every document (background job)",
      description:
        "Starts re-reading every stored document with the server's current pipeline, re-applying every correction, and replacing the derived events in one transaction (as `npm run reextract` does). Answers 202 at once with the job; follow it at GET /admin/jobs/{id}. One job at a time: 409 while one runs. Requires an admin key.",
      tags: ["admin"],
      security: [{ adminAuth: [] }],
      response: {
        202: { description: "Started", content: { "application/json": { schema: JobSchema } } },
        ...problemResponses(400, 401, 403, 409, 415),
      },
    },
    handler: async (req, reply) => {
      const job = await app.repos.jobs.start(req.principal?.name ?? null);
      if (!job)
        throw new HttpProblem(409, "a re-extraction is already running; follow it at GET /admin/jobs/{id}");
      return reply.code(202).header("Location", `/admin/jobs/${job.id}`).send(job);
    },
  });

  app.get("/admin/jobs/:id", {
    onRequest: app.requireRole("admin"),
    config: { cache: false },
    schema: {
      operationId: "getJob",
      summary: "Follow a background job",
      description: "A job's state and progress, and its report once it has finished. Requires an admin key.",
      tags: ["admin"],
      security: [{ adminAuth: [] }],
      params: JobParamsSchema,
      response: { 200: ok(JobSchema, "The job"), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (req) => {
      const job = await app.repos.jobs.get(req.params.id);
      if (!job) throw new NotFoundError("job", req.params.id);
      return job;
    },
  });
};

export default adminRoutes;
