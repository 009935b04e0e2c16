// npm run soak [-- --seconds 120 --pg postgres://…]
// Mixed reads at about half the server's capacity and a stream of ingests at the same
// time, against the real server (a child process on a fresh, seeded database). Reports
// requests, non-2xx, p99, RSS / open files / WAL size at start and end, and checks that
// every ingested document is there exactly once. Exit 1 when a check fails.
// With --pg (a URL the script may create databases through), the database is a fresh
// PostgreSQL one, made for the run and dropped after it; the server migrates and seeds it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describeFailures, measure } from "./lib/bench-load.ts";
import { get, serve } from "./lib/bench-server.ts";
import { afterWarmUp } from "./lib/bench-steps.ts";
import { createTempDatabase } from "./lib/pg-temp.ts";

const argv = process.argv.slice(2);
const at = argv.indexOf("--seconds");
const seconds = at >= 0 ? Number(argv[at + 1]) : 120;
if (!Number.isFinite(seconds) || seconds < 10) {
  console.error("usage: npm run soak -- --seconds <at least 10> [--pg postgres://…]");
  process.exit(2);
}
const pgAt = argv.indexOf("--pg");
const pgAdmin = pgAt >= 0 ? argv[pgAt + 1] : undefined;
if (pgAt >= 0 && !pgAdmin?.startsWith("postgres")) {
  console.error("--pg needs a postgres:// URL through which the script may create a database");
  process.exit(2);
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SERVER = path.join(ROOT, "src/server.ts");
const KEY = `soak-${Date.now()}-0123456789`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-soak-"));
const db = path.join(dir, "soak.db");
const READS = [
  "/meetings?limit=20",
  "/meetings?official=joe-biden&topic=taiwan",
  "/meetings/2023-11-15-biden-xi-woodside",
  "/events?facets=topic,country,year&limit=5",
  "/search?q=fentanyl",
  "/timeline?interval=quarter",
  "/officials/xi-jinping/network",
  "/documents?limit=10",
];
const ARTICLES = fs
  .readdirSync(path.join(ROOT, "seeds/articles"))
  .filter((f) => f.endsWith(".txt"))
  .map((f) =>
    fs.readFileSync(path.join(ROOT, "seeds/articles", f), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""),
  );

const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
function sample(pid: number) {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  const fds = fs.readdirSync(`/proc/${pid}/fd`).length;
  const wal = fs.existsSync(`${db}-wal`) ? fs.statSync(`${db}-wal`).size : 0;
  return { rss, fds, wal };
}

const temp = pgAdmin ? await createTempDatabase(pgAdmin, "summitry_soak") : null;
// However the run ends (a failed start, Ctrl-C, a crash), the scratch database and files
// go: an exit handler can only run synchronous work, so the drop goes through psql.
let cleaned = false;
process.on("exit", () => {
  if (cleaned) return;
  fs.rmSync(dir, { recursive: true, force: true });
  if (temp && pgAdmin)
    spawnSync("psql", [pgAdmin, "-qc", `DROP DATABASE IF EXISTS "${temp.name}" WITH (FORCE)`], {
      stdio: "inherit",
    });
});
const server = await serve("soak server", SERVER, {
  DATABASE_URL: temp ? temp.url : `file:${db}`,
  API_KEYS: KEY,
  RATE_LIMIT_MAX: "0",
  LOG_LEVEL: "warn",
});
const failures: string[] = [];
try {
  let i = 0;
  const nextPath = () => READS[i++ % READS.length] as string;
  const capacity = await measure({ url: `${server.base}/health`, connections: 10, duration: 5, nextPath });
  const rate = Math.max(10, Math.round(capacity.reqPerSec / 2));
  console.log(`machine:  ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}`);
  console.log(`database: ${temp ? `PostgreSQL (${temp.name}, dropped afterwards)` : "SQLite"}`);
  console.log(
    `capacity: ${capacity.reqPerSec.toFixed(0)} req/s on mixed reads; soak at ${rate} req/s for ${seconds} s`,
  );
  const before = JSON.parse((await get(`${server.base}/documents?count=true&limit=1`)).body.toString()).page
    .total as number;

  // Ingests: one new article every 250 ms while the reads run, from the warm-up on, so
  // that the writer's connections and caches are open before the first sample.
  const ingested: string[] = [];
  let stop = false;
  const writer = (async () => {
    for (let n = 0; !stop; n++) {
      const text = `${ARTICLES[n % ARTICLES.length]}\n\nSoak run note ${n}.`;
      try {
        const res = await fetch(`${server.base}/documents`, {
          method: "POST",
          headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
          body: JSON.stringify({ text, publishedAt: "2024-11-20" }),
        });
        const body = (await res.json()) as { document?: { id: string } };
        if (res.status !== 201 || !body.document) failures.push(`ingest ${n}: ${res.status}`);
        else ingested.push(body.document.id);
      } catch (err) {
        // The server went away: the run has failed, and the reads will say how.
        failures.push(`ingest ${n}: ${(err as Error).message}`);
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  await measure({ url: `${server.base}/health`, connections: 10, duration: 10, nextPath, rate }); // warm-up
  const start = sample(server.pid);
  const series: number[] = [];
  const sampler = setInterval(() => series.push(sample(server.pid).rss), 5000);
  const load = await measure({
    url: `${server.base}/health`,
    connections: 10,
    duration: seconds,
    nextPath,
    rate,
  });
  clearInterval(sampler);
  stop = true;
  await writer;
  const end = sample(server.pid);

  const total = JSON.parse((await get(`${server.base}/documents?count=true&limit=1`)).body.toString()).page
    .total as number;
  let missing = 0;
  for (const id of ingested) if ((await get(`${server.base}/documents/${id}`)).status !== 200) missing++;
  const unique = new Set(ingested).size;

  console.log(
    `\nreads:    ${load.ok} ok at ${load.reqPerSec.toFixed(0)} req/s, non-2xx ${describeFailures(load)}, p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms`,
  );
  console.log(
    `ingests:  ${ingested.length} documents (${unique} distinct ids), ${missing} missing afterwards; documents ${before} -> ${total}`,
  );
  console.log(`rss:      ${mib(start.rss)} -> ${mib(end.rss)} (x${(end.rss / start.rss).toFixed(2)})`);
  console.log(`rss/5 s:  ${series.map((b) => (b / 2 ** 20).toFixed(0)).join(", ")} MiB`);
  // The first quarter is warm-up: it fills the response cache (64 MiB at most) and
  // V8's heap. After it, memory is flat when no sample exceeds 1.2 × the one that ended
  // it (issue 14's definition; before, the last quarter was compared with the second).
  const { ratio: growth, warm } = afterWarmUp(series);
  console.log(`rss after warm-up: ${mib(warm)}, peak after it x${growth.toFixed(2)} (limit 1.2)`);
  console.log(`open fds: ${start.fds} -> ${end.fds}`);
  // PostgreSQL's WAL is the server's, not this process's file.
  if (!temp) console.log(`wal:      ${mib(start.wal)} -> ${mib(end.wal)}`);

  if (load.failures.size) failures.push(`non-2xx reads: ${describeFailures(load)}`);
  if (missing) failures.push(`${missing} ingested documents missing`);
  if (unique !== ingested.length || total !== before + ingested.length)
    failures.push(`documents not exactly once: ${before} + ${ingested.length} != ${total}`);
  if (!(growth <= 1.2)) failures.push("RSS grew past 1.2 × its value after warm-up");
  if (end.fds > start.fds + 10) failures.push("open files grew");
} finally {
  await server.stop();
  await temp?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
  cleaned = true;
}
console.log(
  failures.length
    ? `\nFAIL\n  ${failures.join("\n  ")}`
    : "\nPASS: no errors, every document exactly once, memory and files flat",
);
process.exitCode = failures.length ? 1 : 0;
