// npm run bench [-- --db data/synth.db --duration 10 --connections 50 --rounds 3 --soak 60]
// Load-tests the real server (a child process on a synthetic database, see
// scripts/synth.ts) beside a bare-Fastify baseline measured in the same run, with and
// without the response cache, and prints PASS/FAIL per target. Always exits 0.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { measure } from "./lib/bench-load.ts";
import { paired } from "./lib/bench-pairs.ts";
import { type Row, Targets, table } from "./lib/bench-report.ts";
import { get, type Served, serve } from "./lib/bench-server.ts";
import { soak, walkCursor, worstCase } from "./lib/bench-steps.ts";

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const dbFile = path.resolve(opt("db", "data/synth.db"));
const duration = Number(opt("duration", "10"));
const connections = Number(opt("connections", "50"));
const soakSeconds = Number(opt("soak", "60"));
const rounds = Number(opt("rounds", "3"));
if (!fs.existsSync(dbFile)) {
  console.error(`${dbFile} does not exist: build one with npm run synth`);
  process.exit(1);
}

// Resolved from this file, so the bench runs from any working directory.
const SERVER = fileURLToPath(new URL("../src/server.ts", import.meta.url));
const BASELINE = fileURLToPath(new URL("./lib/bench-baseline.ts", import.meta.url));
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const sqlite = new Database(dbFile, { readonly: true });
const count = (table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
const size = [dbFile, `${dbFile}-wal`].reduce((n, f) => n + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0);
console.log(
  `machine:  ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}, ${os.platform()}`,
);
console.log(`database: ${dbFile} (${mib(size)}, ${count("Document")} documents, ${count("Event")} events)`);
console.log(`load:     ${connections} connections, ${duration} s per scenario\n`);
sqlite.close();

// One cursor secret for both servers, so a cursor walked on one is valid on the other.
const env = {
  DATABASE_URL: `file:${dbFile}`,
  LOG_LEVEL: "warn",
  CURSOR_SECRET: randomBytes(24).toString("hex"),
  // One client sends everything: the per-client limit would turn the run into 429s.
  RATE_LIMIT_MAX: "0",
};
const servers: Served[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-bench-"));
try {
  const cached = await serve("server", SERVER, env);
  servers.push(cached);
  const uncached = await serve("server (RESPONSE_CACHE_SIZE=0)", SERVER, {
    ...env,
    RESPONSE_CACHE_SIZE: "0",
  });
  servers.push(uncached);

  const first = await get(`${cached.base}/meetings?limit=20`);
  if (first.status !== 200) throw new Error(`GET /meetings?limit=20 answered ${first.status}`);
  const id = (JSON.parse(first.body.toString()) as { data: { id: string }[] }).data[0]?.id;
  const etag = first.headers.etag;
  const deep = await walkCursor(cached.base, "/events?limit=20", 500);
  console.log(`detail id: ${id ?? "(no meetings)"}; ETag: ${etag ?? "(none)"}; deep page: ${deep.page}\n`);

  const scenarios = [
    { name: "list", path: "/meetings?limit=20", both: true },
    // What browsers and most HTTP clients send: the cache keeps the compressed bytes.
    { name: "list br", path: "/meetings?limit=25", both: false, headers: { "accept-encoding": "br" } },
    { name: "filtered", path: "/meetings?official=joe-biden&topic=taiwan", both: true },
    { name: "detail", path: `/meetings/${id ?? "none"}`, both: true },
    { name: "search", path: "/search?q=fentanyl", both: true },
    { name: "timeline", path: "/timeline", both: false },
    { name: "events p1", path: "/events?limit=20", both: true },
    { name: `events p${deep.page}`, path: deep.path, both: true },
  ];
  // The baseline serves, per scenario, the very bytes the server sent for that URL.
  const manifest = [];
  for (const [i, s] of scenarios.entries()) {
    const r = await get(`${cached.base}${s.path}`, s.headers);
    if (r.status !== 200) throw new Error(`GET ${s.path} answered ${r.status}`);
    const file = path.join(tmp, `body-${i}`);
    fs.writeFileSync(file, r.body);
    const encoding = r.headers["content-encoding"];
    manifest.push({ url: s.path, type: String(r.headers["content-type"]), encoding, file });
  }
  fs.writeFileSync(path.join(tmp, "manifest.json"), JSON.stringify(manifest));
  const baseline = await serve("baseline", BASELINE, { BASELINE_MANIFEST: path.join(tmp, "manifest.json") });
  servers.push(baseline);
  const load = { connections, duration, rounds };
  const once = async (url: string) => {
    for (let i = 0; i < 20; i++) await get(url); // warm-up: JIT, page cache
    return measure({ url, connections, duration });
  };

  const rows: Row[] = [];
  const result = new Map<string, { m: Row["m"]; ratio: number }>();
  for (const s of scenarios) {
    const label = `${s.name} ${s.path}`.slice(0, 60);
    const p = await paired(`${baseline.base}${s.path}`, `${cached.base}${s.path}`, {
      ...load,
      headers: s.headers,
    });
    rows.push({ server: "baseline", scenario: label, m: p.base });
    rows.push({ server: "cache", scenario: label, m: p.server, ratio: p.ratio, ratios: p.ratios });
    result.set(`cache/${s.name}`, { m: p.server, ratio: p.ratio });
    if (!s.both) continue;
    const m = await once(`${uncached.base}${s.path}`);
    const ratio = m.reqPerSec / p.base.reqPerSec;
    rows.push({ server: "no cache", scenario: label, m, ratio });
    result.set(`no cache/${s.name}`, { m, ratio });
  }
  if (etag) {
    const p = await paired(`${baseline.base}/meetings?limit=20`, `${cached.base}/meetings?limit=20`, {
      ...load,
      headers: { "if-none-match": etag },
      expect: 304,
    });
    rows.push({
      server: "cache",
      scenario: "304 /meetings?limit=20 If-None-Match",
      m: p.server,
      ratio: p.ratio,
    });
  }
  console.log(table(rows));
  console.log(
    `(×base: req/s over the baseline's for the same URL and bytes, median of ${rounds} alternating rounds, each round's in brackets; the 304 row is against the list's 200)`,
  );
  if (!etag) console.log("(304 revalidation skipped: /meetings?limit=20 sent no ETag)");

  const worst = await worstCase(uncached.base, `/meetings/${id}`, duration);
  const memory = soakSeconds > 0 ? await soak(cached, soakSeconds, [...scenarios.map((s) => s.path)]) : null;

  const t = new Targets();
  for (const label of ["cache", "no cache"]) {
    const at = (name: string) => result.get(`${label}/${name}`);
    for (const s of ["list", "filtered", "detail"])
      t.check(
        `${s} ≥ 60% of baseline req/s [${label}]`,
        at(s)?.ratio ?? Number.NaN,
        "×",
        (v) => v >= 0.6,
        at(s)?.m,
      );
    const sp = at("search")?.m;
    t.check(
      `search p99 ≤ 25 ms at ${connections} connections [${label}]`,
      sp?.p99 ?? Number.NaN,
      "ms",
      (v) => v <= 25,
      sp,
    );
    const ratio = (at(`events p${deep.page}`)?.m.p50 ?? Number.NaN) / (at("events p1")?.m.p50 ?? Number.NaN);
    t.check(`page ${deep.page} p50 ≤ 1.5 × page 1 p50 [${label}]`, ratio, "×", (v) => v <= 1.5);
  }
  for (const [name, m] of [
    ["/health", worst.health],
    ["/meetings/:id", worst.detail],
  ] as const)
    t.check(`${name} p99 ≤ 50 ms during worst-case searches`, m.p99, "ms", (v) => v <= 50, m);
  if (memory !== null)
    t.check(`memory flat over ${soakSeconds} s (last/first RSS ≤ 1.2)`, memory, "×", (v) => v <= 1.2);
  console.log(`\ntargets:\n${t}`);
} catch (err) {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
} finally {
  for (const s of servers) await s.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
