import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Files under `dir`, relative and sorted, leaving out hidden files and folders. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((rel) => !rel.split(path.sep).some((p) => p.startsWith(".")))
    .filter((rel) => fs.statSync(path.join(dir, rel)).isFile())
    .sort();
}

/**
 * SHA-256 in hex over every file under each root: its label and relative path, then its
 * bytes. A change to any file's name or content changes the digest.
 */
export function digestOf(roots: readonly (readonly [dir: string, label: string])[]): string {
  const h = createHash("sha256");
  for (const [root, label] of roots) {
    for (const rel of filesUnder(root)) {
      h.update(`${label}/${rel.split(path.sep).join("/")}\0`);
      h.update(fs.readFileSync(path.join(root, rel)));
      h.update("\0");
    }
  }
  return h.digest("hex");
}
