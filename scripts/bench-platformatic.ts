// npm run bench:platformatic -- --db <file | postgres://…> --plt <dir> [--duration 8
//   --connections 10 --rounds 3]
// Issue 14's yardstick for an uncached list: Summitry's /events?limit=20 (response cache
// off) against the flat /event/?limit=20 that Platformatic DB 2 generates from the same
// database, alternated in rounds on this machine. Platformatic is not a dependency of
// the project (it would double `npm ci`): install it anywhere (`npm i @platformatic/db@2`
// in an empty directory; on SQLite, `npm rebuild better-sqlite3` there too) and pass
// that directory. PostgreSQL only in practice: on SQLite, Platformatic DB 2 refuses the
// TEXT primary keys of the schema. Exits 1 when the ratio is below 1.0, 2 when the run fails.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../src/data/db/location.ts";
import { paired } from "./lib/bench-pairs.ts";
import { freePort, get, serve } from "./lib/bench-server.ts";

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const db = opt("db", "");
const plt = path.resolve(opt("plt", ""));
const cli = path.join(plt, "node_modules/.bin/plt-db");
if (!db || !fs.existsSync(cli)) {
  console.error(
    "usage: npm run bench:platformatic -- --db <file | postgres://…> --plt <dir with @platformatic/db installed>",
  );
  process.exit(2);
}
const location = isPostgresUrl(db) ? db : path.resolve(db);
const load = {
  connections: Number(opt("connections", "10")),
  duration: Number(opt("duration", "8")),
  rounds: Number(opt("rounds", "3")),
};

/** Platformatic DB on a free port, on the same database, read-only in spirit: no migrations. */
async function platformatic(): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-plt-"));
  const config = path.join(dir, "platformatic.json");
  fs.writeFileSync(
    config,
    JSON.stringify({
      server: { hostname: "127.0.0.1", port, logger: { level: "warn" } },
      db: {
        connectionString: isPostgresUrl(location) ? location : `sqlite://${location}`,
        graphql: false,
        openapi: true,
      },
      watch: false,
    }),
  );
  const child: ChildProcess = spawn(cli, ["start", "-c", config], {
    cwd: plt,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (c: Buffer) => {
    log = (log + c.toString()).slice(-2000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = () => {
    child.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await get(`${base}/event/?limit=1`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (up) return { base, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      // On SQLite, Platformatic DB 2 refuses the schema: Prisma's String ids are TEXT
      // primary keys, which its mapper does not take (varchar, integer, uuid, serial).
      throw new Error(`Platformatic DB did not answer /event/ within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

try {
  const theirs = await platformatic();
  const ours = await serve("server", "src/server.ts", {
    DATABASE_URL: location,
    RESPONSE_CACHE_SIZE: "0",
    RATE_LIMIT_MAX: "0",
    LOG_LEVEL: "warn",
  });
  const theirUrl = `${theirs.base}/event/?limit=20`;
  const ourUrl = `${ours.base}/events?limit=20`;
  const [a, b] = await Promise.all([get(theirUrl), get(ourUrl)]);
  if (a.status !== 200 || b.status !== 200)
    throw new Error(`first answers: Platformatic ${a.status}, Summitry ${b.status} (200 expected)`);
  console.log(`machine:  ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}`);
  console.log(
    `database: ${isPostgresUrl(location) ? "PostgreSQL" : "SQLite"}; ${load.connections} connections, ${load.duration} s per measurement`,
  );
  console.log(
    `bodies:   Platformatic ${a.body.length} B (flat rows), Summitry ${b.body.length} B (items with participants, place, topics)`,
  );
  const r = await paired(theirUrl, ourUrl, load);
  console.log(
    `Platformatic DB /event/?limit=20   ${Math.round(r.base.reqPerSec)} req/s, p50 ${r.base.p50.toFixed(2)} ms`,
  );
  console.log(
    `Summitry /events?limit=20 uncached ${Math.round(r.server.reqPerSec)} req/s, p50 ${r.server.p50.toFixed(2)} ms`,
  );
  // A rate counts only answers that succeeded: fast errors must not pass for speed.
  const failed = [...r.base.failures, ...r.server.failures].map(([k, n]) => `${k}: ${n}`);
  if (failed.length) console.log(`failures: ${failed.join(", ")}`);
  const pass = r.ratio >= 1 && failed.length === 0;
  console.log(
    `${pass ? "PASS" : "FAIL"}  uncached /events?limit=20 ≥ 1.0× Platformatic DB's /event/: ${r.ratio.toFixed(2)}× [${r.ratios.map((x) => x.toFixed(2)).join(" ")}]`,
  );
  await ours.stop();
  theirs.stop();
  process.exit(pass ? 0 : 1);
} catch (err) {
  console.error(err);
  process.exit(2);
}
