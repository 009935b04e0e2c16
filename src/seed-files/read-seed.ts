import fs from "node:fs";
import path from "node:path";
import { SEEDS_DIR } from "../lib/paths.ts";
import { readJson } from "../lib/read-json.ts";
import { type CurationEntry, CurationFileSchema } from "../schemas/curation.ts";
import { type Article, parseArticle } from "./read-article.ts";

export interface SeedBundle {
  articles: Article[];
  curation: CurationEntry[];
}

const listFiles = (dir: string, ext: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

/** Reads and checks the seed articles and the curation file before anything is written. */
export function readSeed(dir = SEEDS_DIR): SeedBundle {
  const articles = listFiles(path.join(dir, "articles"), ".txt").map((name) => {
    const rel = `articles/${name}`;
    return parseArticle(rel, fs.readFileSync(path.join(dir, rel), "utf8"));
  });
  const curation = fs.existsSync(path.join(dir, "curation.json"))
    ? readJson(dir, "curation.json", CurationFileSchema).entries
    : [];
  return { articles, curation };
}
