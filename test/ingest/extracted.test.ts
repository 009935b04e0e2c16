import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { renderSeedExtractions } from "../../src/cli/extract-seeds.ts";
import { SEEDS_DIR } from "../../src/lib/paths.ts";
import { ExtractionSchema } from "../../src/schemas/extraction.ts";

t.test("seeds/extracted is what the pipeline produces now", async (t) => {
  const dir = path.join(SEEDS_DIR, "extracted");
  const rendered = renderSeedExtractions();
  t.same(fs.readdirSync(dir).sort(), [...rendered.keys()].sort(), "one file per article");
  for (const [name, json] of rendered) {
    t.ok(
      fs.readFileSync(path.join(dir, name), "utf8") === json,
      `${name} is stale: run npm run extract:seeds`,
    );
    t.ok(ExtractionSchema.safeParse(JSON.parse(json)).success, `${name} is in the extraction format`);
  }
});
