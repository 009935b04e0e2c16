import path from "node:path";
import { fileURLToPath } from "node:url";
import { digestOf } from "../lib/digest.ts";
import { SEEDS_DIR } from "../lib/paths.ts";

// The extraction pipeline is its code (src/extract, or its compiled copy in dist/) and
// its reference data (seeds/reference): any change to either can change what it reads
// out of an article, so the version is a digest of both, computed once per process.
const EXTRACT_DIR = fileURLToPath(new URL("../extract", import.meta.url));

const DEFAULT_REFERENCE = path.join(SEEDS_DIR, "reference");
let cached: string | null = null;

/** "p-" and twelve hex digits: recorded on each document; re-extraction re-reads those of another version. */
export function pipelineVersion(referenceDir = DEFAULT_REFERENCE): string {
  if (cached && referenceDir === DEFAULT_REFERENCE) return cached;
  const digest = digestOf([
    [EXTRACT_DIR, "extract"],
    [referenceDir, "reference"],
  ]);
  const version = `p-${digest.slice(0, 12)}`;
  if (referenceDir === DEFAULT_REFERENCE) cached = version;
  return version;
}
