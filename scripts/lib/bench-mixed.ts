import { get } from "./bench-server.ts";
import { Rng } from "./synth-random.ts";

// The mixed scenario: many distinct URLs, requested with Zipf-distributed popularity
// (the k-th most popular asked about 1/k as often as the first), as API traffic is. The
// head stays in the response cache and the long tail misses it, so the run measures
// the cache and the queries together, unlike the one-URL scenarios that the cache
// answers entirely.

type Json = { data: { id: string; name?: string; country?: string }[] };

const page = async (base: string, path: string): Promise<Json["data"]> => {
  const r = await get(`${base}${path}`);
  if (r.status !== 200) throw new Error(`mixed scenario: GET ${path} answered ${r.status}`);
  return (JSON.parse(r.body.toString()) as Json).data;
};

/** The values the URLs are built from, read from the server under test. */
async function vocabulary(base: string) {
  const officials = [
    ...(await page(base, "/officials?limit=100")),
    ...(await page(base, "/officials?limit=100&country=US")),
    ...(await page(base, "/officials?limit=100&country=CN")),
  ];
  const topics = await page(base, "/topics?limit=100");
  const events = await page(base, "/meetings?limit=100");
  const facets = JSON.parse((await get(`${base}/events?facets=country&limit=1`)).body.toString()) as {
    facets: { country: { value: string }[] };
  };
  return { officials, topics, events, countries: facets.facets.country.map((c) => c.value) };
}

/**
 * `count` distinct GET paths in popularity order (most popular first): lists filtered by
 * official, topic, country and year, keyset pages, details, official and topic pages,
 * and searches, drawn with a seeded generator so every run asks the same.
 */
export async function mixedPaths(base: string, count: number, seed = 7): Promise<string[]> {
  const v = await vocabulary(base);
  const rng = new Rng(seed);
  const year = () => rng.int(1995, 2025);
  const limit = () => rng.pick([10, 20, 20, 20, 50, 100]);
  // A name's longer words, as people search for surnames; a short name whole ("Wu Yi").
  const words = (s: string) => {
    const long = s.split(/\s+/).filter((w) => w.length > 3);
    return long.length ? long : [s];
  };
  const makers: (() => string)[] = [
    () => `/meetings?limit=${limit()}&official=${rng.pick(v.officials).id}`,
    () => `/events?official=${rng.pick(v.officials).id}&topic=${rng.pick(v.topics).id}`,
    () => `/meetings?country=${rng.pick(v.countries)}&from=${year()}-01-01&limit=${limit()}`,
    () => {
      const from = year();
      return `/events?topic=${rng.pick(v.topics).id}&from=${from}-01-01&to=${from + rng.int(0, 4)}-12-31`;
    },
    () => `/meetings/${rng.pick(v.events).id}`,
    () => `/officials/${rng.pick(v.officials).id}`,
    () => `/officials/${rng.pick(v.officials).id}/meetings?limit=${limit()}`,
    () => `/topics/${rng.pick(v.topics).id}/meetings?limit=${limit()}`,
    () => `/search?q=${encodeURIComponent(rng.pick(words(rng.pick(v.officials).name ?? "x")) ?? "talks")}`,
    () => `/search?q=${encodeURIComponent(rng.pick(v.topics).name ?? "trade")}&limit=${limit()}`,
  ];
  const paths = new Set<string>();
  for (let tries = 0; paths.size < count && tries < count * 20; tries++) paths.add(rng.pick(makers)());
  // Keyset pages: the next pages of a few of the lists, as a client paging through.
  const out = [...paths];
  for (const first of out.slice(0, Math.ceil(count / 20))) {
    const r = await get(`${base}${first}`);
    const next = (JSON.parse(r.body.toString()) as { page?: { nextCursor?: string | null } }).page
      ?.nextCursor;
    if (next) out.push(`${first}&cursor=${encodeURIComponent(next)}`);
  }
  // Popularity unrelated to the kind of URL: shuffled with the same seed.
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  return out;
}

/** `n` draws from `paths` with Zipf weights (exponent `s`), seeded: the same on every side. */
export function zipfSequence(paths: string[], n: number, s = 1, seed = 11): string[] {
  const cdf: number[] = [];
  let sum = 0;
  for (let k = 1; k <= paths.length; k++) {
    sum += 1 / k ** s;
    cdf.push(sum);
  }
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => {
    const x = rng.next() * sum;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return paths[lo] as string;
  });
}
