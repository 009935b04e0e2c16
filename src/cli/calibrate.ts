// npm run calibrate: fits seeds/reference/confidence.json on the news corpus's dev split
// (never the test split) and prints how well the fitted model is calibrated on both.
import fs from "node:fs";
import path from "node:path";
import { chooseL2, fitConfidence } from "../eval/fit.ts";
import { newsCases } from "../eval/fixtures.ts";
import { readingsOf } from "../eval/readings.ts";
import { ROOT } from "../eval/run.ts";
import { loadReference } from "../extract/reference.ts";
import { noArgs } from "./args.ts";

noArgs(`usage: npm run calibrate
  Fits seeds/reference/confidence.json on the news corpus's dev split and prints the
  calibration error on dev and test.`);

const news = path.join(ROOT, "test/fixtures/news");
const cases = newsCases(path.join(news, "expected.json"), path.join(news, "articles"));
const dev = cases.filter((c) => c.set === "news-dev");
const ref = loadReference();
const perArticle = dev.map((c) => ({ file: c.file, readings: readingsOf(c, ref) }));
const readings = perArticle.flatMap((a) => a.readings);
// The regularisation is chosen by cross-validation over whole dev articles, never by test.
const l2 = chooseL2(
  readings,
  perArticle.flatMap((a) => a.readings.map(() => a.file)),
);
const fitted = fitConfidence(
  readings,
  `news-dev split of test/fixtures/news: ${dev.length} articles, ${readings.length} predicted meetings (${readings.filter((r) => r.matched).length} matched); L2 ${l2} by 5-fold cross-validation over articles`,
  l2,
);
const file = path.join(ROOT, "seeds/reference/confidence.json");
fs.writeFileSync(file, `${JSON.stringify(fitted, null, 2)}\n`);
console.log(`wrote ${path.relative(ROOT, file)}: ${fitted.fittedOn}`);
console.log("run npm run extract:seeds, then npm run eval to see the calibration on every set");
