import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Why the command line was not taken, and the exit status that says so. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly code: 0 | 2,
  ) {
    super(message);
  }
}

/**
 * A command's arguments, read by node:util's parseArgs (flags and positionals) and then
 * validated by the command's zod schema, so every CLI rejects a wrong command line the
 * same way: usage on stderr, the field at fault, exit 2. -h/--help prints the usage and
 * exits 0. Throws UsageError; `cliArgs` does the printing and exiting.
 */
export function readArgs<S extends z.ZodType>(
  argv: string[],
  spec: { options?: Options; schema: S },
): z.output<S> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message, 2);
  }
  const { help, ...values } = parsed.values;
  if (help) throw new UsageError("", 0);
  const result = spec.schema.safeParse({ ...values, positionals: parsed.positionals });
  if (!result.success) {
    const issue = result.error.issues[0];
    // Positionals are the paths a command takes; flags are named as typed.
    const field = issue?.path[0] === "positionals" ? "arguments" : `--${issue?.path.join(".") ?? ""}`;
    throw new UsageError(`${field}: ${issue?.message ?? "invalid"}`, 2);
  }
  return result.data;
}

/** readArgs for a command's entry point: prints the usage and exits when it must. */
export function cliArgs<S extends z.ZodType>(
  usage: string,
  spec: { options?: Options; schema: S },
  argv = process.argv.slice(2),
): z.output<S> {
  try {
    return readArgs(argv, spec);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    if (err.code === 0) {
      console.log(usage);
    } else {
      console.error(usage);
      if (err.message) console.error(`error: ${err.message}`);
    }
    process.exit(err.code);
  }
}

/** Positionals: at least `min` of them, each a non-empty string. */
export const positionals = (min: number, max = Number.POSITIVE_INFINITY) =>
  z
    .array(z.string().min(1))
    .min(min, min === 1 ? "expected a path" : `expected at least ${min} paths`)
    .max(max, `expected at most ${max} path${max === 1 ? "" : "s"}`);

/** For the commands that take no arguments: --help, and a 2 for anything else. */
export const noArgs = (usage: string) =>
  cliArgs(usage, { schema: z.object({ positionals: z.array(z.string()).max(0, "takes none") }) });
