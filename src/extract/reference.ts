import path from "node:path";
import { readJson } from "../lib/read-json.ts";
import { SEEDS_DIR } from "../loader/read-seed.ts";
import {
  OfficialsFileSchema,
  PlacesFileSchema,
  SummitsFileSchema,
  TopicsFileSchema,
} from "../schemas/reference.ts";
import { DemonymsFileSchema, TitlesFileSchema } from "../schemas/reference-extra.ts";

/** Everything the extractor knows before reading an article: data, not code. */
export interface Reference {
  officials: ReturnType<typeof load>["officials"];
  topics: ReturnType<typeof load>["topics"];
  summits: ReturnType<typeof load>["summits"];
  places: ReturnType<typeof load>["places"];
  titles: ReturnType<typeof load>["titles"];
  demonyms: ReturnType<typeof load>["demonyms"];
}

function load(dir: string) {
  const demonyms = readJson(dir, "demonyms.json", DemonymsFileSchema);
  return {
    officials: readJson(dir, "officials.json", OfficialsFileSchema).officials,
    topics: readJson(dir, "topics.json", TopicsFileSchema).topics,
    summits: readJson(dir, "summits.json", SummitsFileSchema).summits,
    places: readJson(dir, "places.json", PlacesFileSchema).places,
    titles: readJson(dir, "titles.json", TitlesFileSchema).titles,
    demonyms,
  };
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
