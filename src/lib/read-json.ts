import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { describeIssues } from "./problems.ts";
import { SeedError } from "./seed-error.ts";

/** Reads and validates a JSON file; errors name the file (relative to dir) and the field. */
export function readJson<S extends z.ZodType>(dir: string, rel: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, rel), "utf8"));
  } catch (err) {
    throw new SeedError(rel, `cannot read JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new SeedError(rel, describeIssues(parsed.error));
  return parsed.data;
}
