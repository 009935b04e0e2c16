import { availableParallelism } from "node:os";
import { z } from "zod";

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

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "must be a SQLite URL such as file:./data/summitry.db")
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
  // Comma-separated keys allowed to write (POST /documents); none means writes are disabled.
  API_KEYS: list.refine(
    (keys) => keys.every((k) => k.length >= 16),
    "every key must be at least 16 characters",
  ),
  // The same keys as SHA-256 hex digests, so the raw keys need not be in the environment.
  API_KEY_HASHES: list
    .refine((h) => h.every((x) => /^[0-9a-f]{64}$/i.test(x)), "every hash must be 64 hex digits (SHA-256)")
    .transform((h) => h.map((x) => x.toLowerCase())),
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
