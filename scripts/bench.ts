// npm run bench [-- --db data/synth.db --duration 10 --connections 50 --soak 60]
// Load-tests the real server (a child process on a synthetic database, see
// scripts/synth.ts) beside a bare-Fastify baseline measured in the same run, with and
// without the response cache, and prints PASS/FAIL per target. Always exits 0.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describeFailures, measure } from "./lib/bench-load.ts";
import { type Row, Targets, table, withErrors } from "./lib/bench-report.ts";
import { get, type Served, serve } from "./lib/bench-server.ts";
import { soak, walkCursor } from "./lib/bench-steps.ts";

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const dbFile = path.resolve(opt("db", "data/synth.db"));
const duration = Number(opt("duration", "10"));
const connections = Number(opt("connections", "50"));
const soakSeconds = Number(opt("soak", "60"));
if (!fs.existsSync(dbFile)) {
  console.error(`${dbFile} does not exist: build one with npm run synth`);
  process.exit(1);
}

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
};
const servers: Served[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-bench-"));
try {
  const cached = await serve("server", "src/server.ts", env);
  servers.push(cached);
  const uncached = await serve("server (RESPONSE_CACHE_SIZE=0)", "src/server.ts", {
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

  fs.writeFileSync(path.join(tmp, "body"), first.body);
  const baseline = await serve("baseline", "scripts/lib/bench-baseline.ts", {
    BASELINE_BODY_FILE: path.join(tmp, "body"),
    BASELINE_CONTENT_TYPE: String(first.headers["content-type"] ?? "application/json"),
  });
  servers.push(baseline);
  const run = async (
    base: string,
    p: string,
    extra: { headers?: Record<string, string>; expect?: number } = {},
  ) => {
    for (let i = 0; i < 20; i++) await get(`${base}${p}`, extra.headers); // warm-up: JIT, page cache
    return measure({ url: `${base}${p}`, connections, duration, ...extra });
  };
  const base = await run(baseline.base, "/meetings?limit=20");
  await baseline.stop();
  const rows: Row[] = [{ server: "baseline", scenario: "/meetings?limit=20 (static bytes)", m: base }];

  const scenarios = [
    { name: "list", path: "/meetings?limit=20", both: true },
    { name: "filtered", path: "/meetings?official=joe-biden&topic=taiwan", both: true },
    { name: "detail", path: `/meetings/${id ?? "none"}`, both: true },
    { name: "search", path: "/search?q=fentanyl", both: true },
    { name: "timeline", path: "/timeline", both: false },
    { name: "events p1", path: "/events?limit=20", both: true },
    { name: `events p${deep.page}`, path: deep.path, both: true },
  ];
  const result = new Map<string, Row["m"]>();
  for (const [label, server] of [
    ["cache", cached],
    ["no cache", uncached],
  ] as const) {
    for (const s of scenarios.filter((x) => x.both || server === cached)) {
      const m = await run(server.base, s.path);
      rows.push({ server: label, scenario: `${s.name} ${s.path}`.slice(0, 60), m });
      result.set(`${label}/${s.name}`, m);
    }
    if (server === cached && etag) {
      const m = await run(server.base, "/meetings?limit=20", {
        headers: { "if-none-match": etag },
        expect: 304,
      });
      rows.push({ server: label, scenario: "304 /meetings?limit=20 If-None-Match", m });
    }
  }
  console.log(table(rows, base.reqPerSec));
  if (!etag) console.log("(304 revalidation skipped: /meetings?limit=20 sent no ETag)");

  // Worst case: searches matching nearly every document, never twice the same, while
  // light probes measure what other clients then wait.
  let n = 0;
  const [search, health, detail] = await Promise.all([
    measure({
      url: `${uncached.base}/search?q=officials&limit=1`,
      connections: 5,
      duration,
      nextPath: () => `/search?q=officials&limit=${(n++ % 100) + 1}`,
    }),
    measure({ url: `${uncached.base}/health`, connections: 2, duration, rate: 100 }),
    measure({ url: `${uncached.base}/meetings/${id}`, connections: 2, duration, rate: 100 }),
  ]);
  console.log(
    `\nworst-case search under load (no cache, 5 connections of /search?q=officials&limit=1..100):`,
  );
  console.log(
    `  search:        ${search.reqPerSec.toFixed(0)} req/s, p99 ${search.p99.toFixed(1)} ms, errors ${describeFailures(search)}`,
  );
  console.log(
    `  /health:       p99 ${health.p99.toFixed(1)} ms (100 req/s), errors ${describeFailures(health)}`,
  );
  console.log(
    `  /meetings/:id: p99 ${detail.p99.toFixed(1)} ms (100 req/s), errors ${describeFailures(detail)}`,
  );

  const memory = soakSeconds > 0 ? await soak(cached, soakSeconds, [...scenarios.map((s) => s.path)]) : null;

  const t = new Targets();
  const ratio = (k: string) => (result.get(k)?.reqPerSec ?? Number.NaN) / base.reqPerSec;
  for (const label of ["cache", "no cache"]) {
    for (const s of ["list", "detail"])
      t.check(
        `${s} ≥ 60% of baseline req/s [${label}]`,
        ratio(`${label}/${s}`),
        ratio(`${label}/${s}`).toFixed(2),
        (v) => v >= 0.6,
        withErrors(result.get(`${label}/${s}`)),
      );
    const sp = result.get(`${label}/search`);
    t.check(
      `search p99 ≤ 25 ms at ${connections} connections [${label}]`,
      sp?.p99 ?? Number.NaN,
      `${sp?.p99.toFixed(1)} ms`,
      (v) => v <= 25,
      withErrors(sp),
    );
    const p1 = result.get(`${label}/events p1`)?.p50 ?? Number.NaN;
    const pn = result.get(`${label}/events p${deep.page}`)?.p50 ?? Number.NaN;
    t.check(
      `page ${deep.page} p50 ≤ 1.5 × page 1 p50 [${label}]`,
      pn / p1,
      `${(pn / p1).toFixed(2)}×`,
      (v) => v <= 1.5,
    );
  }
  t.check(
    "/health p99 ≤ 50 ms during worst-case searches",
    health.p99,
    `${health.p99.toFixed(1)} ms`,
    (v) => v <= 50,
    withErrors(health),
  );
  t.check(
    "/meetings/:id p99 ≤ 50 ms during worst-case searches",
    detail.p99,
    `${detail.p99.toFixed(1)} ms`,
    (v) => v <= 50,
    withErrors(detail),
  );
  if (memory)
    t.check(
      `memory flat over ${soakSeconds} s (last/first RSS ≤ 1.2)`,
      memory,
      `${memory.toFixed(2)}×`,
      (v) => v <= 1.2,
    );
  console.log(`\ntargets:\n${t}`);
} catch (err) {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
} finally {
  for (const s of servers) await s.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
