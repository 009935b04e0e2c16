import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describeFailures, type Measured, measure } from "./bench-load.ts";
import { ms } from "./bench-report.ts";
import { get, rssOf, type Served } from "./bench-server.ts";

/** Follows page.nextCursor from `first` to page `target`, or the last page if there are fewer. */
export async function walkCursor(base: string, first: string, target: number) {
  let path = first;
  let page = 1;
  while (page < target) {
    const r = await get(`${base}${path}`);
    if (r.status !== 200) throw new Error(`cursor walk: GET ${path} answered ${r.status}`);
    const next = (JSON.parse(r.body.toString()) as { page?: { nextCursor?: string | null } }).page
      ?.nextCursor;
    if (!next) break;
    path = `${first}&cursor=${encodeURIComponent(next)}`;
    page++;
  }
  return { page, path };
}

/**
 * A mixed load for `seconds`, sampling the server's RSS every 5 s. Parameters rotate
 * (limit 1..100) so a response cache sees many keys: an unbounded one would show as
 * growth. The first quarter is warm-up (caches fill, the heap finds its size); returns
 * the highest sample after it over the sample that ended it.
 */
export async function soak(server: Served, seconds: number, paths: string[]): Promise<number> {
  let i = 0;
  const nextPath = () => {
    const n = i++;
    const limit = (n % 100) + 1;
    const mixed = [...paths, `/meetings?limit=${limit}`, `/search?q=officials&limit=${limit}`];
    return mixed[n % mixed.length] as string;
  };
  const samples: number[] = [];
  const timer = setInterval(() => {
    const rss = rssOf(server.pid);
    if (rss !== null) samples.push(rss);
  }, 5000);
  const m = await measure({ url: `${server.base}/health`, connections: 10, duration: seconds, nextPath });
  clearInterval(timer);
  const mb = samples.map((b) => (b / 2 ** 20).toFixed(0));
  console.log(
    `\nsoak ${seconds} s (10 connections, mixed scenarios, cache on): ${m.reqPerSec.toFixed(0)} req/s, errors ${describeFailures(m)}`,
  );
  console.log(`  server RSS every 5 s (MiB): ${mb.join(", ") || "(no /proc: not Linux)"}`);
  const { ratio, warm } = afterWarmUp(samples);
  console.log(`  after warm-up (${(warm / 2 ** 20).toFixed(0)} MiB): peak ×${ratio.toFixed(2)}`);
  return ratio;
}

/** The peak after the first quarter of `samples` over the last sample of that quarter. */
export function afterWarmUp(samples: number[]): { ratio: number; warm: number } {
  const end = Math.max(1, Math.ceil(samples.length / 4));
  const warm = samples[end - 1] ?? Number.NaN;
  const rest = samples.slice(end);
  return { ratio: rest.length ? Math.max(...rest) / warm : Number.NaN, warm };
}

/**
 * Searches matching nearly every document, never twice the same (limit 1..100), on 5
 * connections, while two light probes (100 req/s each) measure what other clients wait.
 */
const PROBE = fileURLToPath(new URL("./bench-probe.ts", import.meta.url));

/** 100 req/s on 2 connections, measured from a child process (see bench-probe.ts). */
function probe(url: string, duration: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", PROBE, url, "100", String(duration)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`probe of ${url} exited with ${code}`));
      const m = JSON.parse(out) as Omit<Measured, "failures"> & { failures: [string, number][] };
      resolve({ ...m, failures: new Map(m.failures) });
    });
  });
}

export async function worstCase(base: string, detailPath: string, duration: number) {
  let n = 0;
  const [search, health, detail] = await Promise.all([
    measure({
      url: `${base}/search?q=officials&limit=1`,
      connections: 5,
      duration,
      nextPath: () => `/search?q=officials&limit=${(n++ % 100) + 1}`,
    }),
    probe(`${base}/health`, duration),
    probe(`${base}${detailPath}`, duration),
  ]);
  const line = (name: string, m: Measured) =>
    `  ${name.padEnd(14)} ${m.reqPerSec.toFixed(0).padStart(6)} req/s, p50 ${ms(m.p50)} ms, p99 ${ms(m.p99)} ms, errors ${describeFailures(m)}`;
  console.log(
    "\nworst-case search under load (no cache, 5 connections of /search?q=officials&limit=1..100):",
  );
  console.log([line("search", search), line("/health", health), line("/meetings/:id", detail)].join("\n"));
  return { search, health, detail };
}
