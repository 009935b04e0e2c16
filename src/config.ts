import { availableParallelism } from "node:os";
import { z } from "zod";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

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
  API_KEYS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .refine((keys) => keys.every((k) => k.length >= 16), "every key must be at least 16 characters"),
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
