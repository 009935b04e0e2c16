// npm run calibrate: fits seeds/reference/confidence.json on the news corpus's dev split
// (never the test split) and prints how well the fitted model is calibrated on both.
import fs from "node:fs";
import path from "node:path";
import { fitConfidence } from "../eval/fit.ts";
import { newsCases } from "../eval/fixtures.ts";
import { readingsOf } from "../eval/readings.ts";
import { ROOT } from "../eval/run.ts";
import { loadReference } from "../extract/reference.ts";

const news = path.join(ROOT, "test/fixtures/news");
const cases = newsCases(path.join(news, "expected.json"), path.join(news, "articles"));
const dev = cases.filter((c) => c.set === "news-dev");
const ref = loadReference();
const readings = dev.flatMap((c) => readingsOf(c, ref));
const fitted = fitConfidence(
  readings,
  `news-dev split of test/fixtures/news: ${dev.length} articles, ${readings.length} predicted meetings (${readings.filter((r) => r.matched).length} matched)`,
);
const file = path.join(ROOT, "seeds/reference/confidence.json");
fs.writeFileSync(file, `${JSON.stringify(fitted, null, 2)}\n`);
console.log(`wrote ${path.relative(ROOT, file)}: ${fitted.fittedOn}`);
console.log("run npm run extract:seeds, then npm run eval to see the calibration on every set");
