import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isPostgresUrl } from "../../src/data/db/location.ts";
import { measure } from "./bench-load.ts";
import { mixedPaths, zipfSequence } from "./bench-mixed.ts";
import { paired } from "./bench-pairs.ts";
import { type Row, Targets, table } from "./bench-report.ts";
import { get, type Served, serve } from "./bench-server.ts";
import { soak, walkCursor, worstCase } from "./bench-steps.ts";
import { withClient } from "./pg-temp.ts";

// One backend's run: the real server twice (response cache on and off) on `location`,
// a baseline serving the very bytes the server sent for each URL, every scenario
// measured against it, then the worst case, the mixed traffic and the soak.

const SERVER = fileURLToPath(new URL("../../src/server.ts", import.meta.url));
const BASELINE = fileURLToPath(new URL("./bench-baseline.ts", import.meta.url));
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

export interface BenchLoad {
  duration: number;
  connections: number;
  rounds: number;
  soakSeconds: number;
  /** Distinct URLs of the mixed scenario; 0 skips it. */
  mixed: number;
}

async function sizeOf(location: string): Promise<string> {
  if (!isPostgresUrl(location)) {
    const files = [location, `${location}-wal`].filter((f) => fs.existsSync(f));
    return mib(files.reduce((n, f) => n + fs.statSync(f).size, 0));
  }
  const r = await withClient(location, (c) =>
    c.query<{ n: string }>("SELECT pg_database_size(current_database()) AS n"),
  );
  return mib(Number(r.rows[0]?.n ?? 0));
}

const total = async (base: string, list: string) => {
  const r = await get(`${base}${list}?count=true&limit=1`);
  return (JSON.parse(r.body.toString()) as { page: { total?: number } }).page.total ?? Number.NaN;
};

/**
 * The bytes each URL answered with, for the baseline to serve from memory. The mixed
 * scenario's are read from the server without a cache, so that reading them leaves the
 * other one's cache as cold as a new process's.
 */
async function baselineFor(
  urls: { path: string; headers?: Record<string, string>; from: Served }[],
  dir: string,
) {
  const manifest = [];
  for (const [i, u] of urls.entries()) {
    const r = await get(`${u.from.base}${u.path}`, u.headers);
    if (r.status !== 200) throw new Error(`GET ${u.path} answered ${r.status}`);
    const file = path.join(dir, `body-${i}`);
    fs.writeFileSync(file, r.body);
    const encoding = r.headers["content-encoding"];
    manifest.push({ url: u.path, type: String(r.headers["content-type"]), encoding, file });
  }
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  return serve("baseline", BASELINE, { BASELINE_MANIFEST: path.join(dir, "manifest.json") });
}

export async function benchBackend(label: string, location: string, load: BenchLoad): Promise<Targets> {
  const { connections, duration, rounds } = load;
  // One cursor secret for both servers, so a cursor walked on one is valid on the other.
  const env = {
    DATABASE_URL: isPostgresUrl(location) ? location : `file:${location}`,
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
    const [documents, events] = [await total(cached.base, "/documents"), await total(cached.base, "/events")];
    console.log(`== ${label}: ${documents} documents, ${events} events, ${await sizeOf(location)}`);

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
    const mixed = load.mixed > 0 ? await mixedPaths(uncached.base, load.mixed) : [];
    const baseline = await baselineFor(
      [...scenarios.map((s) => ({ ...s, from: cached })), ...mixed.map((path) => ({ path, from: uncached }))],
      tmp,
    );
    servers.push(baseline);

    const rows: Row[] = [];
    const result = new Map<string, Row>();
    for (const s of scenarios) {
      const name = `${s.name} ${s.path}`.slice(0, 60);
      const p = await paired(`${baseline.base}${s.path}`, `${cached.base}${s.path}`, {
        connections,
        duration,
        rounds,
        headers: s.headers,
      });
      rows.push({ server: "baseline", scenario: name, m: p.base });
      const row = { server: "cache", scenario: name, m: p.server, ratio: p.ratio, ratios: p.ratios };
      rows.push(row);
      result.set(`cache/${s.name}`, row);
      if (!s.both) continue;
      for (let i = 0; i < 20; i++) await get(`${uncached.base}${s.path}`); // warm-up: JIT, page cache
      const m = await measure({ url: `${uncached.base}${s.path}`, connections, duration });
      const plain = { server: "no cache", scenario: name, m, ratio: m.reqPerSec / p.base.reqPerSec };
      rows.push(plain);
      result.set(`no cache/${s.name}`, plain);
    }
    if (etag) {
      const p = await paired(`${baseline.base}/meetings?limit=20`, `${cached.base}/meetings?limit=20`, {
        connections,
        duration,
        rounds,
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
    let hitRate = Number.NaN;
    if (mixed.length) {
      // Enough draws that the sequence does not repeat within a measurement.
      const sequence = zipfSequence(mixed, 200_000);
      const p = await paired(`${baseline.base}/`, `${cached.base}/`, {
        connections,
        duration,
        rounds,
        sequence,
        countHits: true,
      });
      const name = `mixed: ${mixed.length} URLs, Zipf`;
      rows.push({ server: "baseline", scenario: name, m: p.base });
      const row = { server: "cache", scenario: name, m: p.server, ratio: p.ratio, ratios: p.ratios };
      rows.push(row);
      result.set("cache/mixed", row);
      hitRate = (p.server.hits ?? 0) / Math.max(1, p.server.ok);
    }
    console.log(table(rows));
    console.log(
      `(×base: req/s over the baseline's for the same URL and bytes, median of ${rounds} alternating rounds, each round's in brackets; the 304 row is against the list's 200)`,
    );
    if (mixed.length)
      console.log(
        `(mixed: ${(100 * hitRate).toFixed(0)}% of the server's answers came from the response cache)`,
      );

    const worst = await worstCase(uncached.base, `/meetings/${id}`, duration);
    const memory =
      load.soakSeconds > 0
        ? await soak(cached, load.soakSeconds, [...scenarios.map((s) => s.path), ...mixed])
        : null;
    return targetsOf(result, {
      connections,
      deepPage: deep.page,
      worst,
      memory,
      soakSeconds: load.soakSeconds,
    });
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function targetsOf(
  result: Map<string, Row>,
  o: {
    connections: number;
    deepPage: number;
    worst: Awaited<ReturnType<typeof worstCase>>;
    memory: number | null;
    soakSeconds: number;
  },
): Targets {
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
      `search p99 ≤ 25 ms at ${o.connections} connections [${label}]`,
      sp?.p99 ?? Number.NaN,
      "ms",
      (v) => v <= 25,
      sp,
    );
    const ratio = (at(`events p${o.deepPage}`)?.m.p50 ?? Number.NaN) / (at("events p1")?.m.p50 ?? Number.NaN);
    t.check(`page ${o.deepPage} p50 ≤ 1.5 × page 1 p50 [${label}]`, ratio, "×", (v) => v <= 1.5);
  }
  // Issue 14's floor for a read the cache cannot answer.
  const list = result.get("no cache/list");
  t.check(
    "uncached /meetings?limit=20 ≥ 0.15 of baseline req/s",
    list?.ratio ?? Number.NaN,
    "×",
    (v) => v >= 0.15,
    list?.m,
  );
  for (const [name, m] of [
    ["/health", o.worst.health],
    ["/meetings/:id", o.worst.detail],
  ] as const)
    t.check(`${name} p99 ≤ 50 ms during worst-case searches`, m.p99, "ms", (v) => v <= 50, m);
  if (o.memory !== null)
    t.check(
      `memory flat over ${o.soakSeconds} s (RSS ≤ 1.2 × its value after warm-up)`,
      o.memory,
      "×",
      (v) => v <= 1.2,
    );
  return t;
}
