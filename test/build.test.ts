import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import t from "tap";

// What production runs: `npm run build`, then the compiled server with plain `node` (no
// tsx, no loader). The build goes to a temporary directory laid out like the Docker
// image's /app (package.json, node_modules, prisma/, seeds/, dist/), so a developer's
// dist/ is left alone and the server can only use what the image ships.

// The emit alone (--no-check): `npm test` type-checks the same sources in its first step,
// and a checked build costs tsc another 10-50 s beside the other test files.
t.setTimeout(300_000);

const ROOT = path.resolve(import.meta.dirname, "..");
const TYPESCRIPT = /\.(?:ts|tsx|mts|cts)$/;
const hidden = (rel: string) => rel.split(path.sep).some((part) => part.startsWith("."));

// The commands of `npm run build` and `npm run start:prod`, run here without npm.
const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;
const [buildCommand, ...buildArgs] = String(scripts.build).split(" ");
const entry = /^node (dist\/\S+\.js)$/.exec(scripts["start:prod"])?.[1];

function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: plainEnv(), stdio: ["ignore", "pipe", "pipe"] });
    // tsc keeps a core busy for half a minute: at low priority it does not starve the test
    // file running beside this one (its servers shed load when their event loop lags).
    try {
      if (child.pid) os.setPriority(child.pid, 15);
    } catch {
      // not permitted here: the build runs at normal priority
    }
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.stderr.on("data", (c) => {
      out += c;
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, out }));
  });
}

// No NODE_OPTIONS from the test runner: the child gets no loader it did not ask for.
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _, ...env } = process.env;
  return { ...env, ...extra };
}

function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 120_000);
    const collect = (chunk: Buffer) => {
      out += chunk;
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

t.test("the compiled server runs with plain node and answers /health", async (t) => {
  const app = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-build-"));
  t.teardown(() => fs.rmSync(app, { recursive: true, force: true }));
  fs.copyFileSync(path.join(ROOT, "package.json"), path.join(app, "package.json"));
  for (const dir of ["node_modules", "prisma", "seeds"]) {
    fs.symlinkSync(path.join(ROOT, dir), path.join(app, dir), "dir");
  }

  t.equal(buildCommand, "node", "npm run build is a node script");
  t.ok(entry, "npm run start:prod runs a file in dist/ with plain node");
  if (buildCommand !== "node" || !entry) return;
  const dist = path.join(app, "dist");
  const build = await run(process.execPath, [...buildArgs, "--out-dir", dist, "--no-check"], ROOT);
  t.equal(build.code, 0, "the build succeeds", { output: build.out });
  if (build.code !== 0) return;

  t.ok(fs.existsSync(path.join(app, entry)), `${entry} is emitted`);
  const assets = fs
    .readdirSync(path.join(ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((rel) => !TYPESCRIPT.test(rel) && !hidden(rel))
    .filter((rel) => fs.statSync(path.join(ROOT, "src", rel)).isFile());
  const missing = assets.filter((rel) => !fs.existsSync(path.join(dist, rel)));
  t.same(missing, [], "every non-TypeScript file under src/ is copied into dist/");

  const child = spawn(process.execPath, [entry], {
    cwd: app,
    env: plainEnv({
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${path.join(app, "data", "summitry.db")}`,
      LOG_LEVEL: "info",
      READ_THREADS: "1",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  t.teardown(() => {
    child.kill("SIGKILL");
  });
  const base = await listening(child);

  const health = await fetch(`${base}/health`);
  t.equal(health.status, 200);
  t.same(await health.json(), { status: "ok" });
  // A full-text search runs in the read pool's worker thread: the copied .mjs worker loads.
  t.equal((await fetch(`${base}/search?q=summit`)).status, 200, "a heavy read works");

  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  t.equal(await exit, 0, "SIGTERM exits with code 0");
});
