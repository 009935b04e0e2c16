import type { FastifyInstance, FastifyRequest } from "fastify";
import { HttpProblem } from "../lib/errors.ts";

// An event's ETag is "e<version>-<variant>": the version counts its recorded changes, the
// variant tells representations apart (URL, Accept, encoding). A correction is written
// against a version, whatever variant the client read it in.
const tagOf = (version: number) => `e${version}`;

/** The event's version for the HTTP cache (its ETag's prefix), or null when it does not exist. */
export const eventVersion =
  (app: FastifyInstance) =>
  async (req: FastifyRequest): Promise<string | null> => {
    const { id } = req.params as { id: string };
    const v = await app.repos.events.version(id);
    return v === null ? null : tagOf(v);
  };

/**
 * Optimistic concurrency (RFC 9110 §13.1.1): a write to an event must name, in If-Match,
 * an ETag of the version it was made against. 428 without one, 412 when the event has
 * changed since. Weak tags never match (If-Match compares strongly).
 */
export function checkIfMatch(req: FastifyRequest, version: number): void {
  const header = req.headers["if-match"];
  if (header === undefined || header.trim() === "")
    throw new HttpProblem(
      428,
      "If-Match: required; send the ETag of GET /events/{id} that the correction was written against",
      { in: "header", field: "If-Match" },
    );
  if (header.trim() === "*") return;
  const prefix = `"${tagOf(version)}-`;
  const current = header.split(",").some((t) => t.trim().startsWith(prefix));
  if (!current)
    throw new HttpProblem(
      412,
      `If-Match: the event has changed since (now version ${version}); read it again and reapply the correction`,
      { in: "header", field: "If-Match" },
    );
}
