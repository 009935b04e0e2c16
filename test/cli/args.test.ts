import t from "tap";
import { z } from "zod";
import { positionals, readArgs, UsageError } from "../../src/cli/args.ts";

const spec = {
  options: { json: { type: "boolean" as const }, limit: { type: "string" as const } },
  schema: z.object({
    json: z.boolean().default(false),
    limit: z.coerce.number().int().positive().optional(),
    positionals: positionals(1),
  }),
};

const failure = (argv: string[]) => {
  try {
    readArgs(argv, spec);
  } catch (err) {
    if (err instanceof UsageError) return { code: err.code, message: err.message };
    throw err;
  }
  return null;
};

t.test("flags and paths are parsed and validated by the schema", async (t) => {
  t.same(readArgs(["a.txt", "--json", "b.txt"], spec), { json: true, positionals: ["a.txt", "b.txt"] });
  t.same(readArgs(["--limit", "5", "a.txt"], spec), { json: false, limit: 5, positionals: ["a.txt"] });
});

t.test("--help and -h ask for the usage with exit 0", async (t) => {
  t.same(failure(["--help"]), { code: 0, message: "" });
  t.same(failure(["a.txt", "-h"]), { code: 0, message: "" });
});

t.test("a wrong command line names what is wrong, with exit 2", async (t) => {
  t.same(failure([]), { code: 2, message: "arguments: expected a path" });
  t.match(failure(["a.txt", "--limit", "0"]), { code: 2, message: /^--limit: / });
  t.match(failure(["a.txt", "--verbose"]), { code: 2, message: /Unknown option '--verbose'/ });
});
