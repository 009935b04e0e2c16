// Typed errors the one error handler turns into problem+json responses.

export type ProblemLocation = "query" | "path" | "body" | "header";

export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field?: { in: ProblemLocation; field: string },
  ) {
    super(message);
  }
}

export class NotFoundError extends HttpProblem {
  override name = "NotFoundError";
  constructor(what: string, id: string) {
    super(404, `No ${what} with id '${id}'`);
  }
}

export class BadRequestError extends HttpProblem {
  override name = "BadRequestError";
  constructor(field: string, message: string, location: ProblemLocation = "query") {
    super(400, `${field}: ${message}`, { in: location, field });
  }
}

/** The server is saturated: the client should retry after the given seconds. */
export class BusyError extends HttpProblem {
  override name = "BusyError";
  constructor(
    message: string,
    readonly retryAfter = 1,
  ) {
    super(503, message);
  }
}
