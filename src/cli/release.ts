import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { buildApp } from "../app.ts";
import { seedIfEmpty } from "../ingest/seed-if-empty.ts";
import { listReleases, RELEASES_DIR, VERSION_PATTERN } from "../release/releases.ts";
import { writeRelease } from "../release/write-release.ts";
import { cliArgs } from "./args.ts";
import { cliDatabase } from "./location.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const today = () => new Date().toISOString().slice(0, 10).replaceAll("-", ".");

const USAGE = `usage: npm run release [-- --version <v>] [--out <dir>] [--previous <dir>]
  Writes a dataset release of the database at DATABASE_URL (seeded first if empty, as
  npm start does): per table (events, officials, topics, summits, documents,
  curations) CSV, NDJSON and Parquet; the data as one SQLite file (copied from
  PostgreSQL when that is the database); the SDK's npm tarball;
  datapackage.json, CITATION.cff, CHANGELOG.md and SHA256SUMS.
  --version   the release's version (default: today, as YYYY.MM.DD)
  --out       the folder to write (default: releases/<version>); it must not exist
  --previous  the release to write the changelog against (default: the newest
              release beside --out)`;

const args = cliArgs(USAGE, {
  options: { version: { type: "string" }, out: { type: "string" }, previous: { type: "string" } },
  schema: z.object({
    version: z.string().regex(VERSION_PATTERN, "letters, digits, '.', '-' or '_'").optional(),
    out: z.string().min(1).optional(),
    previous: z.string().min(1).optional(),
    positionals: z.array(z.string()).max(0, "takes none"),
  }),
});

const location = cliDatabase();

const version = args.version ?? today();
const out = path.resolve(args.out ?? path.join(RELEASES_DIR, version));
const previous = args.previous
  ? path.resolve(args.previous)
  : ((await listReleases(path.dirname(out)))
      .map((r) => path.join(path.dirname(out), r.version))
      .find((d) => d !== out) ?? null);

await seedIfEmpty(location);
// Rate limits and load shedding guard a public server; this process is its only client.
const app = await buildApp({ database: location, security: { rateLimitMax: 0, maxEventLoopDelay: 0 } });
try {
  const result = await writeRelease({
    app,
    out,
    version,
    database: location,
    previous,
    packSdk: async (dir) => {
      const { stdout } = await promisify(execFile)(process.execPath, [
        path.join(ROOT, "scripts/sdk-build.mjs"),
        "--pack",
        dir,
      ]);
      return stdout.trim();
    },
  });
  for (const f of result.files) console.log(`${f.sha256}  ${String(f.bytes).padStart(10)}  ${f.name}`);
  console.log(
    `release ${version}: ${result.out}${previous ? ` (changelog against ${path.basename(previous)})` : ""}`,
  );
} catch (err) {
  console.error(`release failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await app.close();
}
