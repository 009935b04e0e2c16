import fs from "node:fs";
import { z } from "zod";
import { loadReference } from "../extract/reference.ts";
import { extractArticle } from "../ingest/extract-article.ts";
import { articleFromFile } from "../ingest/ingest.ts";
import { cliArgs, positionals } from "./args.ts";
import { failureReason } from "./progress.ts";

const USAGE = `usage: npm run extract -- <file>
  Prints what the pipeline extracts from one article (.txt or .md, with or without
  a YAML header) as JSON, without reading or writing any database.`;

const [file] = cliArgs(USAGE, { schema: z.object({ positionals: positionals(1, 1) }) }).positionals as [
  string,
];

// `npm run extract -- file | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

try {
  const extraction = extractArticle(articleFromFile(file, fs.readFileSync(file, "utf8")), loadReference());
  process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
} catch (err) {
  console.error(`extract: ${file}: ${failureReason(err)}`);
  process.exitCode = 1;
}
