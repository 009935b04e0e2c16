import { availableParallelism } from "node:os";
import { z } from "zod";
import { parseKeyEntry } from "./lib/api-keys.ts";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
  );

/** Each entry must parse as a key; the message says what is wrong, never the key. */
function checkKeys(entries: string[], form: "key" | "hash", ctx: z.RefinementCtx) {
  for (const e of entries) {
    try {
      parseKeyEntry(e, form);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message });
      return;
    }
  }
}

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default("127.0.0.1"),
    // file:<path> for SQLite (the embedded default), postgres://… for PostgreSQL.
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)$/i,
        "must be a SQLite URL such as file:./data/summitry.db or a PostgreSQL URL such as postgres://user@host:5432/summitry",
      )
      .refine((v) => !/^postgres/i.test(v) || URL.canParse(v), "is not a valid PostgreSQL URL")
      .default("file:./data/summitry.db"),
    LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
    // Signs pagination cursors; without it a random key per process means cursors
    // do not survive a restart (clients then get a clear 400, not wrong pages).
    CURSOR_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
    // Serialized responses kept in memory, keyed by ETag (dataset version + request); 0 disables.
    RESPONSE_CACHE_SIZE: z.coerce.number().int().min(0).max(1_000_000).default(2000),
    // Worker threads for heavy reads (full-text matches, facets, timelines); default: one
    // per core but one, which stays with the event loop.
    READ_THREADS: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .default(Math.max(1, availableParallelism() - 1)),
    // Heavy reads waiting for a thread before further ones get 503 + Retry-After.
    READ_QUEUE: z.coerce.number().int().min(1).max(10_000).default(64),
    // Comma-separated keys, each `name:role:key` (roles reader, editor, admin) or a plain
    // key (an editor); none means writes are disabled. The name is recorded as `by`.
    API_KEYS: list.superRefine((keys, ctx) => checkKeys(keys, "key", ctx)),
    // The same entries with the key's SHA-256 hex digest in place of the key, so the raw
    // keys need not be in the environment: `name:role:digest` or a plain digest.
    API_KEY_HASHES: list
      .superRefine((hashes, ctx) => checkKeys(hashes, "hash", ctx))
      .transform((h) => h.map((x) => x.replace(/[0-9A-F]{64}$/, (d) => d.toLowerCase()))),
    // Browser origins allowed to call the API (CORS); unset: GET from any origin, no credentials.
    CORS_ORIGINS: list.refine(
      (o) => o.every((x) => /^https?:\/\/[^/\s]+$/.test(x)),
      "every origin must be scheme://host[:port], such as https://example.org",
    ),
    // Requests per minute per client (IP), and the stricter limit on writes; 0 disables.
    RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_WRITE_MAX: z.coerce.number().int().min(0).default(30),
    // Behind a proxy: which X-Forwarded-For hops to trust (true, a hop count, or addresses/CIDRs).
    // Unset: the socket's address is the client, whatever the header claims.
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v) => {
        if (v === undefined || v === "" || v === "false") return false;
        if (v === "true") return true;
        return /^\d+$/.test(v) ? Number(v) : v.split(",").map((x) => x.trim());
      }),
    // A request (headers and body) must arrive within this many ms, or it gets 408.
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    // Event-loop delay beyond which requests get 503 + Retry-After until it recovers.
    MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(1000),
    // false: no Swagger UI (/docs) and no /openapi.json.
    DOCS_ENABLED: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // The folder of dataset releases that /datasets lists (default: releases/ in the
    // repository, where npm run release writes them).
    RELEASES_DIR: z.string().min(1).optional(),
    // false: no explorer at / (the API alone).
    EXPLORER_ENABLED: z
      .enum(["true", "false"])
      .default("true")
      .transform((v) => v === "true"),
    // PostgreSQL read replicas (comma-separated postgres:// URLs): reads go to one of them,
    // writes to DATABASE_URL.
    READ_DATABASE_URLS: list.refine(
      (urls) => urls.every((u) => /^postgres(ql)?:\/\//i.test(u) && URL.canParse(u)),
      "every entry must be a PostgreSQL URL such as postgres://user@replica:5432/summitry",
    ),
  })
  .refine((c) => !c.READ_DATABASE_URLS.length || /^postgres/i.test(c.DATABASE_URL), {
    path: ["READ_DATABASE_URLS"],
    message: "read replicas need DATABASE_URL to be a PostgreSQL URL",
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

// Parsed once at start-up: a bad value stops the process with a message naming the variable.
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
