import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadReference } from "../extract/reference.ts";
import { extractArticle } from "../ingest/extract-article.ts";
import { SEEDS_DIR } from "../lib/paths.ts";
import { readSeed } from "../seed-files/read-seed.ts";
import { noArgs } from "./args.ts";

/** seeds/extracted/<article>.json as the pipeline produces it now, keyed by file name. */
export function renderSeedExtractions(dir = SEEDS_DIR): Map<string, string> {
  const ref = loadReference(path.join(dir, "reference"));
  const out = new Map<string, string>();
  for (const article of readSeed(dir).articles) {
    const name = path.basename(article.file).replace(/\.txt$/, ".json");
    out.set(name, `${JSON.stringify(extractArticle(article, ref), null, 2)}\n`);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  noArgs(
    "usage: npm run extract:seeds\n  Rewrites seeds/extracted/ with what the pipeline reads from each seed article.",
  );
  const target = path.join(SEEDS_DIR, "extracted");
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const [name, json] of renderSeedExtractions()) fs.writeFileSync(path.join(target, name), json);
  console.log(`wrote ${path.relative(process.cwd(), target)}/ (${fs.readdirSync(target).length} files)`);
}
