import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { evaluate, ROOT } from "../../src/eval/run.ts";

// The eval as a gate: the pipeline may not get worse on the news corpus's dev split than
// the committed baseline allows. Raising the baseline is a deliberate commit.
const baseline = JSON.parse(
  fs.readFileSync(path.join(ROOT, "test/fixtures/news/baseline.json"), "utf8"),
) as Record<"news-dev" | "news-test", { f1: number }>;
const TOLERANCE = 0.02;

const report = evaluate();

t.test("news-dev F1 holds the committed baseline", async (t) => {
  const dev = report.sets["news-dev"];
  t.ok(dev, "news-dev is scored");
  t.ok(
    (dev?.f1 ?? 0) >= baseline["news-dev"].f1 - TOLERANCE,
    `news-dev F1 ${dev?.f1?.toFixed(3)} >= ${baseline["news-dev"].f1} - ${TOLERANCE}`,
  );
});

t.test("both splits are scored and every news article is in one", async (t) => {
  const dev = report.sets["news-dev"]?.articles ?? 0;
  const test = report.sets["news-test"]?.articles ?? 0;
  const files = fs
    .readdirSync(path.join(ROOT, "test/fixtures/news/articles"))
    .filter((f) => f.endsWith(".txt"));
  t.equal(dev + test, files.length);
  t.ok(dev > test, "dev is the larger split");
  t.ok(report.sets["news-test"]?.f1 !== null, "news-test has an F1 (reported, not gated)");
});
