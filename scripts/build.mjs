// `npm run build`: compiles src/ to plain JavaScript in dist/, which production runs
// with `node dist/server.js` (no tsx). dist/ mirrors src/ file for file at the same
// depth below the repository root, so every `new URL("../../seeds", import.meta.url)`
// (seeds/, prisma/migrations, ...) reaches the same files from dist/ as from src/.
//
//   node scripts/build.mjs [--out-dir <dir>] [--no-check]   (default: dist/ in the repository)
//
// --no-check emits without type-checking (tsc --noCheck): for a caller that has just
// checked the same sources, as `npm test` does in its first step before the build test.
//
// The output directory is emptied first (no stale files of moved sources), then tsc
// compiles with tsconfig.build.json (relative `.ts` imports are rewritten to `.js`), and
// every file under src/ that is not TypeScript (workers in .mjs, .json, .sql, ...) is
// copied beside the compiled code. Plain JavaScript, so it needs no loader.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SRC = path.join(ROOT, "src");
const TYPESCRIPT = /\.(?:ts|tsx|mts|cts)$/;

const { values } = parseArgs({
  options: { "out-dir": { type: "string" }, "no-check": { type: "boolean", default: false } },
});
const out = values["out-dir"] ? path.resolve(values["out-dir"]) : path.join(ROOT, "dist");

/** Whether `dir` is `parent` or somewhere below it. */
function within(dir, parent) {
  const rel = path.relative(parent, dir);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

// The output directory is deleted: never the repository, a folder holding it, or src/.
if (within(ROOT, out) || within(out, SRC)) {
  console.error(`build: refusing to use ${out} as the output directory`);
  process.exit(2);
}
fs.rmSync(out, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const compiled = spawnSync(
  process.execPath,
  [
    tsc,
    "-p",
    path.join(ROOT, "tsconfig.build.json"),
    "--outDir",
    out,
    ...(values["no-check"] ? ["--noCheck"] : []),
  ],
  { stdio: "inherit" },
);
if (compiled.status !== 0) {
  console.error(`build: tsc failed${compiled.error ? `: ${compiled.error.message}` : ""}`);
  process.exit(compiled.status || 1);
}

let copied = 0;
for (const rel of fs.readdirSync(SRC, { recursive: true, encoding: "utf8" })) {
  const from = path.join(SRC, rel);
  if (TYPESCRIPT.test(rel) || rel.split(path.sep).some((part) => part.startsWith("."))) continue;
  if (!fs.statSync(from).isFile()) continue;
  const to = path.join(out, rel);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
  copied++;
}
console.log(
  `build: ${path.relative(process.cwd(), out) || "."}/ (compiled src/, copied ${copied} other files)`,
);
