import t from "tap";
import { zipfSequence } from "../../scripts/lib/bench-mixed.ts";
import { Targets } from "../../scripts/lib/bench-report.ts";
import { afterWarmUp } from "../../scripts/lib/bench-steps.ts";

// The pure rules the benchmark judges by: memory after warm-up, the Zipf draw of the
// mixed scenario, and the count of missed targets behind its exit code.

t.test("memory: the peak after the first quarter over the sample that ended it", async (t) => {
  // Warm-up (first two of eight) climbs; then it moves within 1.2 ×.
  t.same(afterWarmUp([300, 400, 420, 460, 410, 440, 470, 400]), { ratio: 470 / 400, warm: 400 });
  t.ok(afterWarmUp([300, 400, 420, 500, 520, 540, 560, 600]).ratio > 1.2, "steady growth fails the rule");
  t.ok(Number.isNaN(afterWarmUp([400]).ratio), "one sample: nothing after warm-up to judge");
});

t.test("the mixed draw: seeded, most popular first, about 1/k as often", async (t) => {
  const paths = Array.from({ length: 100 }, (_, i) => `/p${i}`);
  const a = zipfSequence(paths, 20_000);
  t.same(a, zipfSequence(paths, 20_000), "the same on every side of a comparison");
  const count = (p: string) => a.filter((x) => x === p).length;
  const [first, second, tenth] = [count("/p0"), count("/p1"), count("/p9")];
  t.ok(first > second && second > tenth, `${first} > ${second} > ${tenth}`);
  t.ok(Math.abs(first / second - 2) < 0.3, `first/second ≈ 2 (${(first / second).toFixed(2)})`);
  t.ok(Math.abs(first / tenth - 10) < 2, `first/tenth ≈ 10 (${(first / tenth).toFixed(2)})`);
  t.ok(count("/p99") > 0, "the tail is asked too");
});

t.test("targets: each miss counts, a value not measured is a miss", async (t) => {
  const targets = new Targets();
  targets.check("met", 0.9, "×", (v) => v >= 0.6);
  targets.check("missed", 0.03, "×", (v) => v >= 0.15);
  targets.check("not measured", Number.NaN, "ms", (v) => v <= 25);
  t.equal(targets.failed, 2);
  t.match(String(targets), /PASS {2}met: 0\.90×\nFAIL {2}missed: 0\.03×\nFAIL {2}not measured: n\/a/);
});
