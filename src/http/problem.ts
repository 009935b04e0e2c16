import { STATUS_CODES } from "node:http";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Problem } from "../schemas/common.ts";

// RFC 9457 problems: every 4xx and 5xx the API sends has this one shape, whether the
// error handler, the 404/405 routes, the security hooks or a route writes it.

export type FieldError = NonNullable<Problem["errors"]>[number];

export function sendProblem(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  detail?: string,
  errors?: FieldError[],
) {
  return reply
    .code(status)
    .type("application/problem+json")
    .send(problem(req, status, detail, errors));
}

/** The RFC 9457 body for a status, naming the request path. */
export function problem(
  req: FastifyRequest,
  status: number,
  detail?: string,
  errors?: FieldError[],
): Problem {
  return {
    type: "about:blank",
    title: STATUS_CODES[status] ?? "Error",
    status,
    ...(detail ? { detail } : {}),
    instance: req.url.split("?")[0],
    ...(errors?.length ? { errors } : {}),
  };
}
