import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isRealDate } from "../lib/partial-date.ts";
import { readJson } from "../lib/read-json.ts";
import { type Extraction, ExtractionSchema } from "../schemas/extraction.ts";
import {
  type OfficialsFile,
  OfficialsFileSchema,
  PlacesFileSchema,
  type SummitsFile,
  SummitsFileSchema,
  type TopicsFile,
  TopicsFileSchema,
} from "../schemas/reference.ts";
import { type Article, parseArticle } from "./read-article.ts";
import { SeedError } from "./seed-error.ts";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

export interface SeedDocument {
  article: Article;
  extraction: Extraction;
}

export interface SeedBundle {
  officials: OfficialsFile["officials"];
  topics: TopicsFile["topics"];
  summits: SummitsFile["summits"];
  documents: SeedDocument[];
}

const listFiles = (dir: string, ext: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

/** Reads and cross-checks every seed file before anything is written. */
export function readSeed(dir = SEEDS_DIR): SeedBundle {
  const officials = readJson(dir, "reference/officials.json", OfficialsFileSchema).officials;
  const topics = readJson(dir, "reference/topics.json", TopicsFileSchema).topics;
  const summits = readJson(dir, "reference/summits.json", SummitsFileSchema).summits;
  readJson(dir, "reference/places.json", PlacesFileSchema);
  const known = {
    official: new Set(officials.map((o) => o.id)),
    topic: new Set(topics.map((t) => t.id)),
    summit: new Set(summits.map((s) => s.id)),
  };
  const documents = listFiles(path.join(dir, "articles"), ".txt").map((name) => {
    const rel = `articles/${name}`;
    const article = parseArticle(rel, fs.readFileSync(path.join(dir, rel), "utf8"));
    const extractedRel = `extracted/${name.replace(/\.txt$/, ".json")}`;
    if (!fs.existsSync(path.join(dir, extractedRel)))
      throw new SeedError(extractedRel, "missing: every article needs its extraction");
    const extraction = readJson(dir, extractedRel, ExtractionSchema);
    checkExtraction(extractedRel, article, extraction, known);
    return { article, extraction };
  });
  return { officials, topics, summits, documents };
}

function checkExtraction(
  file: string,
  article: Article,
  x: Extraction,
  known: Record<"official" | "topic" | "summit", Set<string>>,
): void {
  const fail = (field: string, msg: string): never => {
    throw new SeedError(file, `${field}: ${msg}`);
  };
  if (x.document.id !== article.header.id)
    fail("document.id", `is ${x.document.id}, the article header says ${article.header.id}`);
  if (x.document.sha256 !== article.sha256)
    fail("document.sha256", "does not match the article text (stale extraction?)");
  const officials = new Set([...known.official, ...x.officials.map((o) => o.id)]);
  x.events.forEach((e, i) => {
    const at = `events.${i}`;
    for (const [k, d] of [
      ["start", e.date.start],
      ["end", e.date.end],
    ] as const) {
      if (d !== null && !isRealDate(d)) fail(`${at}.date.${k}`, `${d} is not a calendar date`);
    }
    if (e.summit !== null && !known.summit.has(e.summit)) fail(`${at}.summit`, `unknown summit ${e.summit}`);
    e.participants.forEach((p, j) => {
      if (!officials.has(p.official))
        fail(`${at}.participants.${j}.official`, `unknown official ${p.official}`);
    });
    e.topics.forEach((t, j) => {
      if (!known.topic.has(t)) fail(`${at}.topics.${j}`, `unknown topic ${t}`);
    });
    e.evidence.forEach((ev, j) => {
      if (article.body.slice(ev.start, ev.end) !== ev.quote) {
        fail(
          `${at}.evidence.${j}`,
          `offsets ${ev.start}-${ev.end} do not hold the quote "${ev.quote.slice(0, 40)}"`,
        );
      }
    });
  });
}
