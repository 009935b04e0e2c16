import { z } from "zod";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { reextract } from "../ingest/reextract.ts";
import { scratchFor } from "../ingest/reextract-jobs.ts";
import { cliArgs } from "./args.ts";
import { cliDatabase } from "./location.ts";

const USAGE = `usage: npm run reextract [-- --batch-size <n>]
  Re-reads every document in the database at DATABASE_URL with the current extraction
  pipeline, re-applies every correction, replaces the derived events in one transaction
  and prints what changed as JSON. Documents or corrections that fail are reported, not
  fatal. Interrupting it (or a crash) leaves the database as it was; run it again and it
  resumes after the last batch the interrupted run wrote.
  --batch-size  documents written per transaction of the rebuild (default 100)
  Exit status: 0, or 1 when a document or correction failed.`;

const args = cliArgs(USAGE, {
  options: { "batch-size": { type: "string" } },
  schema: z.object({
    "batch-size": z.coerce.number().int().min(1).max(10_000).default(100),
    positionals: z.array(z.string()).max(0, "takes none"),
  }),
});

const location = cliDatabase();

const { db } = await openMigratedDb(location);
try {
  let shown = -1;
  const report = await reextract(db, {
    scratchFile: scratchFor(location),
    batchSize: args["batch-size"],
    onProgress: (done, total) => {
      const pct = total ? Math.floor((done / total) * 100) : 100;
      if (pct >= shown + 10 || done === total) {
        shown = pct;
        console.error(`reextract: ${done}/${total} documents read`);
      }
    },
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (report.failedDocuments.length || report.failedCorrections.length) process.exitCode = 1;
} finally {
  await db.$disconnect();
}
