// npm run snippets [-- id…]: the pipeline on the development snippets, with each miss and
// extra, and the totals (recall, precision, F1, dates and places of what matched).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extract } from "../src/extract/extract.ts";
import { loadReference } from "../src/extract/reference.ts";
import { Snippet, scoreSnippet } from "./lib/snippets.ts";

const dir = path.resolve(import.meta.dirname, "../test/fixtures/snippets");
const only = new Set(process.argv.slice(2));
const ref = loadReference();
const sum = { expected: 0, found: 0, predicted: 0, dateRight: 0, placed: 0, placeRight: 0 };
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  for (const s of z.array(Snippet).parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")))) {
    if (only.size && !only.has(s.id)) continue;
    const score = scoreSnippet(s, extract({ text: s.text, publishedAt: s.publishedAt }, ref));
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += score[k];
    if (!score.misses.length && !score.extras.length) continue;
    console.log(`${s.id} (${s.publishedAt})`);
    for (const m of score.misses) console.log(`  miss   ${m}`);
    for (const e of score.extras) console.log(`  extra  ${e}`);
  }
}
const recall = sum.found / sum.expected;
const precision = sum.found / sum.predicted;
const f1 = (2 * recall * precision) / (recall + precision);
console.log(
  `recall ${sum.found}/${sum.expected} (${recall.toFixed(3)}), precision ${sum.found}/${sum.predicted} (${precision.toFixed(3)}), F1 ${f1.toFixed(3)}; date ${sum.dateRight}/${sum.found}, place ${sum.placeRight}/${sum.placed}`,
);
