import type http from "node:http";
import autocannon from "autocannon";

// One autocannon run, measured here rather than from autocannon's histogram: that one
// keeps whole milliseconds, too coarse for sub-millisecond pages whose p50 ratio matters.

export interface Load {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
  /** A fresh path per request (rotating parameters defeat any response cache). */
  nextPath?: () => string;
  /** Paths to request in turn, from the first, over and over (the mixed scenario). */
  sequence?: string[];
  /** Count the answers the response cache gave (X-Cache: hit) into Measured.hits. */
  countHits?: boolean;
  /** Requests per second over all connections; unset = as fast as the server answers. */
  rate?: number;
  /** The status that counts as success; default any 2xx. */
  expect?: number;
}

export interface Measured {
  reqPerSec: number;
  p50: number;
  p99: number;
  ok: number;
  /** Non-success responses by status, plus connection errors and timeouts as "conn". */
  failures: Map<string, number>;
  /** With countHits: the answers that came from the response cache. */
  hits?: number;
}

/** A path per call, from `sequence` in turn, or from `load.nextPath`. */
function pathsOf(load: Load): (() => string) | undefined {
  const seq = load.sequence;
  if (!seq?.length) return load.nextPath;
  let i = 0;
  return () => seq[i++ % seq.length] as string;
}

const percentile = (sorted: number[], q: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number) : Number.NaN;

export async function measure(load: Load): Promise<Measured> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const good = (status: number) => (load.expect ? status === load.expect : status >= 200 && status < 300);
  const nextPath = pathsOf(load);
  let hits = 0;
  const onResponse = load.countHits
    ? (_status: number, _body: string, _ctx: object, headers: http.IncomingHttpHeaders | undefined) => {
        if (headers?.["x-cache"] === "hit") hits++;
      }
    : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: load.url,
        connections: load.connections,
        duration: load.duration,
        headers: load.headers,
        overallRate: load.rate,
        requests:
          nextPath || onResponse
            ? [
                {
                  setupRequest: nextPath ? (req) => ({ ...req, path: nextPath() }) : undefined,
                  onResponse,
                },
              ]
            : undefined,
      },
      (err: Error | null, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (good(status)) latencies.push(ms);
      else failures.set(String(status), (failures.get(String(status)) ?? 0) + 1);
    });
  });
  if (result.errors) failures.set("conn", result.errors);
  latencies.sort((a, b) => a - b);
  // Under a fixed rate a stalled server delays requests not yet sent; autocannon's own
  // histogram corrects for that (coordinated omission), so the worse of the two is kept.
  const p99 = percentile(latencies, 0.99);
  return {
    reqPerSec: result.requests.average,
    p50: percentile(latencies, 0.5),
    p99: load.rate && result.latency.p99 > p99 ? result.latency.p99 : p99,
    ok: latencies.length,
    failures,
    ...(load.countHits ? { hits } : {}),
  };
}

export const describeFailures = (m: Measured) =>
  [...m.failures].map(([status, n]) => `${status}×${n}`).join(" ") || "0";
