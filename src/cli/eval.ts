// npm run eval: extraction quality of the pipeline against the seed gold and the synthetic
// corpus. It reports and does not gate: exit 0, or 2 when a fixture is missing.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FixtureError } from "../eval/fixtures.ts";
import { type EvalOptions, evaluate } from "../eval/run.ts";
import { formatReport } from "../eval/text-report.ts";

const USAGE = "usage: node --import tsx src/cli/eval.ts [--json]";

/** Prints the report (text, or JSON with --json) and returns the exit code. */
export function main(argv: string[], options: EvalOptions = {}): number {
  const unknown = argv.filter((a) => a !== "--json");
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0) console.error(`ignoring ${unknown.join(" ")} (${USAGE})`);
  try {
    const report = evaluate(options);
    process.stdout.write(
      argv.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report),
    );
    return 0;
  } catch (err) {
    if (err instanceof FixtureError) {
      console.error(`eval: fixture missing or unreadable: ${err.message}`);
      return 2;
    }
    throw err;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
