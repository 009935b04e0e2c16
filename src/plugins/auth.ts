import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { HttpProblem } from "../lib/errors.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** preHandler for routes that write: a valid `Authorization: Bearer <key>` or 401/403. */
    requireWriteKey: (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

// Only hashes of the keys are kept, and every comparison takes the same time whether
// or not a prefix matches.
export default fp<{ apiKeys: string[]; apiKeyHashes: string[] }>(
  async (app, { apiKeys, apiKeyHashes }) => {
    const hashes = [...apiKeys.map(digest), ...apiKeyHashes.map((h) => Buffer.from(h, "hex"))];
    app.decorate("requireWriteKey", async (req: FastifyRequest, reply: FastifyReply) => {
      if (!hashes.length)
        throw new HttpProblem(
          403,
          "writes disabled: this server has no API_KEYS or API_KEY_HASHES configured",
        );
      const header = req.headers.authorization ?? "";
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const given = match?.[1] ? digest(match[1]) : null;
      const ok = given !== null && hashes.some((h) => timingSafeEqual(h, given));
      if (!ok) {
        reply.header("www-authenticate", 'Bearer realm="summitry"');
        req.log.warn({ reason: header ? "invalid key" : "missing key" }, "write refused");
        throw new HttpProblem(
          401,
          header ? "invalid API key" : "missing API key: send Authorization: Bearer <key>",
        );
      }
    });
  },
  { name: "auth" },
);
