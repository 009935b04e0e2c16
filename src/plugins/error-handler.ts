import type { FastifyError } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { type FieldError, sendProblem } from "../http/problem.ts";
import { BusyError, HttpProblem, type ProblemLocation } from "../lib/errors.ts";

const LOCATIONS: Record<string, ProblemLocation> = {
  querystring: "query",
  params: "path",
  body: "body",
  headers: "header",
};

function validationErrors(
  err: FastifyError & {
    validation: {
      instancePath: string;
      keyword: string;
      message?: string;
      params: Record<string, unknown>;
    }[];
  },
): FieldError[] {
  const where = LOCATIONS[err.validationContext ?? "body"] ?? "body";
  return err.validation.flatMap((v) => {
    if (v.keyword === "unrecognized_keys" && Array.isArray(v.params.keys)) {
      return (v.params.keys as string[]).map((k) => ({ in: where, field: k, message: "unknown parameter" }));
    }
    const field = v.instancePath.replace(/^\//, "").replaceAll("/", ".") || "(root)";
    return [{ in: where, field, message: v.message ?? "invalid value" }];
  });
}

// One handler for every error: clients get RFC 9457 problems naming the field at
// fault; server faults are logged and answered without internals.
export default fp(
  async (app) => {
    app.setErrorHandler((err: FastifyError, req, reply) => {
      if (hasZodFastifySchemaValidationErrors(err)) {
        const errors = validationErrors(err as never);
        const detail = errors.map((e) => `${e.in} ${e.field}: ${e.message}`).join("; ");
        return sendProblem(reply, req, 400, detail, errors);
      }
      if (err instanceof HttpProblem) {
        if (err instanceof BusyError) reply.header("Retry-After", String(err.retryAfter));
        return sendProblem(
          reply,
          req,
          err.statusCode,
          err.message,
          err.field ? [{ ...err.field, message: err.message }] : undefined,
        );
      }
      const status = err.statusCode ?? 500;
      if (status >= 400 && status < 500) return sendProblem(reply, req, status, err.message);
      req.log.error({ err }, "request failed");
      return sendProblem(reply, req, status >= 500 && status < 600 ? status : 500);
    });
  },
  { name: "error-handler" },
);
