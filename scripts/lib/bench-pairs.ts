import { type Measured, measure } from "./bench-load.ts";

// Throughput on a 2-core machine shared with the load generator drifts by ±15% from
// one 10 s window to the next, which is as large as the effects the targets judge. So
// each scenario is measured in rounds that alternate the baseline and the server on the
// same URL, after a warm-up of both; the ratio reported is the median of the rounds'
// ratios, and every round's ratio is printed beside it.

export interface Paired {
  /** The round with the median ratio. */
  base: Measured;
  server: Measured;
  ratio: number;
  ratios: number[];
}

export interface PairLoad {
  connections: number;
  duration: number;
  rounds: number;
  headers?: Record<string, string>;
  expect?: number;
  /** Paths requested in turn (the same on both sides), instead of the URL's own. */
  sequence?: string[];
  countHits?: boolean;
}

const WARM_UP_SECONDS = 2;

export async function paired(baseUrl: string, serverUrl: string, load: PairLoad): Promise<Paired> {
  const { rounds, ...rest } = load;
  // JIT and page cache: the first seconds of a run are slower on either side.
  await measure({ ...rest, url: baseUrl, duration: WARM_UP_SECONDS, expect: undefined });
  await measure({ ...rest, url: serverUrl, duration: WARM_UP_SECONDS });
  const results: { base: Measured; server: Measured; ratio: number }[] = [];
  for (let r = 0; r < Math.max(1, rounds); r++) {
    const base = await measure({ ...rest, url: baseUrl, expect: undefined });
    const server = await measure({ ...rest, url: serverUrl });
    results.push({ base, server, ratio: server.reqPerSec / base.reqPerSec });
  }
  const byRatio = [...results].sort((a, b) => a.ratio - b.ratio);
  const median = byRatio[Math.floor((byRatio.length - 1) / 2)] as (typeof results)[number];
  return { ...median, ratios: results.map((x) => x.ratio) };
}
