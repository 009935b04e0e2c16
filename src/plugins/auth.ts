import { timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { type ApiKey, keyDigest, parseKeyEntry, type Role, roleAtLeast } from "../lib/api-keys.ts";
import { HttpProblem } from "../lib/errors.ts";

type Hook = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** Who sent the request, as far as the key says: recorded as `by` on what it writes. */
export interface Principal {
  name: string;
  role: Role;
}

declare module "fastify" {
  interface FastifyInstance {
    /** onRequest hook for routes that need a role: a valid `Authorization: Bearer <key>` of that role or more, or 401/403. */
    requireRole: (role: Exclude<Role, "reader">) => Hook;
    /** requireRole("editor"): ingest and corrections. */
    requireWriteKey: Hook;
  }
  interface FastifyRequest {
    /** Set by requireRole for the requests it lets through. */
    principal?: Principal;
  }
}

// Only digests of the keys are kept, and every comparison takes the same time whether
// or not a prefix matches; every key is compared, so the time does not say which matched.
export default fp<{ apiKeys: string[]; apiKeyHashes: string[] }>(
  async (app, { apiKeys, apiKeyHashes }) => {
    const keys: ApiKey[] = [
      ...apiKeys.map((k) => parseKeyEntry(k, "key")),
      ...apiKeyHashes.map((h) => parseKeyEntry(h, "hash")),
    ];
    const find = (given: Buffer) =>
      keys.reduce<ApiKey | null>((hit, k) => (timingSafeEqual(k.digest, given) ? k : hit), null);

    const requireRole = (needed: Role): Hook =>
      async function requireRole(req, reply) {
        if (!keys.some((k) => roleAtLeast(k.role, needed)))
          throw new HttpProblem(
            403,
            needed === "editor"
              ? "writes disabled: this server has no API_KEYS or API_KEY_HASHES configured"
              : `disabled: this server has no API key with the ${needed} role`,
          );
        const header = req.headers.authorization ?? "";
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        const key = match?.[1] ? find(keyDigest(match[1])) : null;
        if (!key) {
          reply.header("www-authenticate", 'Bearer realm="summitry"');
          req.log.warn({ reason: header ? "invalid key" : "missing key" }, "write refused");
          throw new HttpProblem(
            401,
            header ? "invalid API key" : "missing API key: send Authorization: Bearer <key>",
          );
        }
        if (!roleAtLeast(key.role, needed)) {
          req.log.warn({ by: key.name, role: key.role, needed }, "write refused");
          throw new HttpProblem(403, `the key '${key.name}' has the ${key.role} role; this needs ${needed}`);
        }
        req.principal = { name: key.name, role: key.role };
      };
    app.decorate("requireRole", requireRole);
    app.decorate("requireWriteKey", requireRole("editor"));
  },
  { name: "auth" },
);
