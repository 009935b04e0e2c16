import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SEEDS_DIR } from "../lib/paths.ts";

// The extraction pipeline is its code (src/extract, or its compiled copy in dist/) and
// its reference data (seeds/reference): any change to either can change what it reads
// out of an article, so the version is a digest of both, computed once per process.
const EXTRACT_DIR = fileURLToPath(new URL("../extract", import.meta.url));

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => !rel.split(path.sep).some((p) => p.startsWith(".")))
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .sort();
}

const DEFAULT_REFERENCE = path.join(SEEDS_DIR, "reference");
let cached: string | null = null;

/** "p-" and twelve hex digits: recorded on each document; re-extraction re-reads those of another version. */
export function pipelineVersion(referenceDir = DEFAULT_REFERENCE): string {
  if (cached && referenceDir === DEFAULT_REFERENCE) return cached;
  const h = createHash("sha256");
  for (const [root, label] of [
    [EXTRACT_DIR, "extract"],
    [referenceDir, "reference"],
  ] as const) {
    for (const rel of filesUnder(root)) {
      h.update(`${label}/${rel.split(path.sep).join("/")}\0`);
      h.update(fs.readFileSync(path.join(root, rel)));
      h.update("\0");
    }
  }
  const version = `p-${h.digest("hex").slice(0, 12)}`;
  if (referenceDir === DEFAULT_REFERENCE) cached = version;
  return version;
}
