import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { SUMS } from "./write-release.ts";

/** Where npm run release writes releases and the server looks for them by default. */
export const RELEASES_DIR = path.resolve(import.meta.dirname, "../../releases");

/** A version names a folder: letters, digits, dots, dashes and underscores. */
export const VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

export interface ReleaseInfo {
  version: string;
  created: string;
  title: string;
  files: { name: string; bytes: number; sha256: string }[];
}

/**
 * One release: the folder `root/version` if it holds a datapackage.json and SHA256SUMS
 * (a `.partial` folder, a release being written, has neither yet), else null. Its files
 * are those SHA256SUMS lists; nothing else in the folder is part of the release.
 */
export async function readRelease(root: string, version: string): Promise<ReleaseInfo | null> {
  if (!VERSION_PATTERN.test(version)) return null;
  const dir = path.join(root, version);
  const [pkgText, sums] = await Promise.all([
    fs.readFile(path.join(dir, "datapackage.json"), "utf8").catch(() => null),
    fs.readFile(path.join(dir, SUMS), "utf8").catch(() => null),
  ]);
  if (!pkgText || !sums) return null;
  const pkg = JSON.parse(pkgText) as { created?: string; title?: string };
  const files = [];
  for (const line of sums.split("\n")) {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!m) continue;
    const name = m[2] as string;
    const stat = await fs.stat(path.join(dir, name)).catch(() => null);
    if (stat?.isFile()) files.push({ name, bytes: stat.size, sha256: m[1] as string });
  }
  files.push({
    name: SUMS,
    bytes: Buffer.byteLength(sums),
    sha256: createHash("sha256").update(sums).digest("hex"),
  });
  return { version, created: pkg.created ?? "", title: pkg.title ?? "", files };
}

/** The releases in `root`, newest first. */
export async function listReleases(root: string): Promise<ReleaseInfo[]> {
  const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
  const found = await Promise.all(
    entries.filter((e) => e.isDirectory()).map((e) => readRelease(root, e.name)),
  );
  return found
    .filter((r): r is ReleaseInfo => r !== null)
    .sort((a, b) => b.created.localeCompare(a.created) || b.version.localeCompare(a.version));
}
