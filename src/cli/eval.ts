// npm run eval: extraction quality of the pipeline against the seed gold and the synthetic
// corpus. It reports and does not gate: exit 0, or 2 when a fixture is missing.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { FixtureError } from "../eval/fixtures.ts";
import { type EvalOptions, evaluate } from "../eval/run.ts";
import { formatReport } from "../eval/text-report.ts";
import { readArgs, UsageError } from "./args.ts";

const USAGE = "usage: npm run eval -- [--json]";
const EvalArgs = z.object({
  json: z.boolean().default(false),
  positionals: z.array(z.string()).max(0, "takes no paths"),
});

/** Prints the report (text, or JSON with --json) and returns the exit code. */
export function main(argv: string[], options: EvalOptions = {}): number {
  let json: boolean;
  try {
    json = readArgs(argv, { options: { json: { type: "boolean" } }, schema: EvalArgs }).json;
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    (err.code === 0 ? console.log : console.error)(err.message ? `${USAGE}\nerror: ${err.message}` : USAGE);
    return err.code;
  }
  try {
    const report = evaluate(options);
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
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
