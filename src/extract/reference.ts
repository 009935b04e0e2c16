import fs from "node:fs";
import path from "node:path";
import { SEEDS_DIR } from "../lib/paths.ts";
import { readJson } from "../lib/read-json.ts";
import { SeedError } from "../lib/seed-error.ts";
import {
  OfficialsFileSchema,
  PlacesFileSchema,
  SummitsFileSchema,
  TopicsFileSchema,
} from "../schemas/reference.ts";
import {
  ConfidenceFileSchema,
  DemonymsFileSchema,
  type TitlesFile,
  TitlesFileSchema,
} from "../schemas/reference-extra.ts";

/** Everything the extractor knows before reading an article: data, not code. */
export interface Reference {
  officials: ReturnType<typeof load>["officials"];
  topics: ReturnType<typeof load>["topics"];
  summits: ReturnType<typeof load>["summits"];
  places: ReturnType<typeof load>["places"];
  titles: ReturnType<typeof load>["titles"];
  localTitles: ReturnType<typeof load>["localTitles"];
  demonyms: ReturnType<typeof load>["demonyms"];
  confidence: ReturnType<typeof load>["confidence"];
}

const titlesOf = (f: TitlesFile) => ({ titles: f.titles, localTitles: f.localTitles });

function load(dir: string) {
  // Errors name the file as seeds/ lays it out: "reference/officials.json: officials.2.country".
  const base = path.dirname(dir);
  const rel = (f: string) => `${path.basename(dir)}/${f}`;
  return {
    officials: readOfficials(dir, base, rel),
    topics: readJson(base, rel("topics.json"), TopicsFileSchema).topics,
    summits: readSummits(dir, base, rel),
    places: readJson(base, rel("places.json"), PlacesFileSchema).places,
    ...titlesOf(readJson(base, rel("titles.json"), TitlesFileSchema)),
    demonyms: readJson(base, rel("demonyms.json"), DemonymsFileSchema),
    confidence: readJson(base, rel("confidence.json"), ConfidenceFileSchema),
  };
}

// officials.json holds the officials the seed corpus names; officials-world.json and
// officials/<region>.json the heads of state and government, foreign and defence
// ministers of the world that let the extractor recognise others.
function readOfficials(dir: string, base: string, rel: (f: string) => string) {
  const files = ["officials.json", "officials-world.json"]
    .filter((f) => fs.existsSync(path.join(dir, f)))
    .concat(listJson(dir, "officials"));
  return unique(files, rel, "official", (f) => readJson(base, rel(f), OfficialsFileSchema).officials);
}

// summits.json holds the summits the seed corpus names; summits/<series>.json the regular
// leaders' summits of 2010-2025 (G20, G7, APEC, BRICS, SCO, NATO, ASEAN...), each with its
// source, so that "on the sidelines of the SCO summit" places and dates a meeting.
function readSummits(dir: string, base: string, rel: (f: string) => string) {
  const files = ["summits.json", ...listJson(dir, "summits")];
  return unique(files, rel, "summit", (f) => readJson(base, rel(f), SummitsFileSchema).summits);
}

/** The entries of several files, refusing an id listed twice (naming both files). */
function unique<T extends { id: string }>(
  files: string[],
  rel: (f: string) => string,
  what: string,
  read: (f: string) => T[],
): T[] {
  const seen = new Map<string, string>();
  return files.flatMap((f) => {
    const entries = read(f);
    for (const e of entries) {
      const first = seen.get(e.id);
      if (first) throw new SeedError(rel(f), `${what} ${e.id} is listed twice (also in ${first})`);
      seen.set(e.id, f);
    }
    return entries;
  });
}

/** The .json files of a reference subfolder, as paths relative to the reference folder. */
function listJson(dir: string, folder: string): string[] {
  if (!fs.existsSync(path.join(dir, folder))) return [];
  return fs
    .readdirSync(path.join(dir, folder))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => `${folder}/${f}`);
}

const cache = new Map<string, Reference>();

export function loadReference(dir = path.join(SEEDS_DIR, "reference")): Reference {
  let ref = cache.get(dir);
  if (!ref) {
    ref = load(dir);
    cache.set(dir, ref);
  }
  return ref;
}

const memos = new WeakMap<Reference, Map<string, unknown>>();

/** Computes something from the reference data once (compiled regexes, indexes). */
export function memo<T>(ref: Reference, key: string, build: () => T): T {
  let m = memos.get(ref);
  if (!m) {
    m = new Map();
    memos.set(ref, m);
  }
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}

/** The reference's officials by id, built once per reference. */
export const officialsById = (ref: Reference) =>
  memo(ref, "officials-by-id", () => new Map(ref.officials.map((o) => [o.id, o])));
