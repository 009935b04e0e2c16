import fs from "node:fs";
import { loadReference } from "../extract/reference.ts";
import { extractArticle } from "../ingest/extract-article.ts";
import { articleFromFile } from "../ingest/ingest.ts";
import { failureReason } from "./progress.ts";

const USAGE = `usage: npm run extract -- <file>
  Prints what the pipeline extracts from one article (.txt or .md, with or without
  a YAML header) as JSON, without reading or writing any database.`;

const args = process.argv.slice(2);
if (args[0] === "-h" || args[0] === "--help") {
  console.log(USAGE);
  process.exit(0);
}
const file = args[0];
if (file === undefined || args.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

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
