import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../data/db/client.ts";
import { redacted } from "../data/db/location.ts";
import { openMigratedDb } from "../data/db/open-migrated.ts";
import { writeLockFor } from "../data/db/write-lock.ts";
import { refreshItems, storeAllItems } from "../data/event-items.ts";
import { writeReference } from "../data/write/write-reference.ts";
import { WriteQueue } from "../data/write-queue.ts";
import { loadReference, type Reference } from "../extract/reference.ts";
import { articleFromFile, ingestArticle } from "../ingest/ingest.ts";
import { loadSeed } from "../ingest/load-seed.ts";
import { cliArgs, positionals } from "./args.ts";
import { cliDatabase } from "./location.ts";
import { createProgress, failureReason } from "./progress.ts";

const USAGE = `usage: npm run ingest -- <file|directory>...
  Extracts each article and stores it, with the events it reports, in the database
  at DATABASE_URL (default file:./data/summitry.db). Directories are searched
  recursively for .txt and .md files. A file that starts with a YAML header between
  --- lines uses it as metadata; otherwise the whole file is the text.
  Exit status: 0 when every file was ingested or already present, 1 when any failed.`;

const ARTICLE = /\.(txt|md)$/i;

interface Failure {
  file: string;
  reason: string;
}

// What the user typed stays recognisable in the output and in Document.sourceFile;
// a path outside the working directory is clearer absolute than as ../../..
function shown(file: string): string {
  const abs = path.resolve(file);
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : abs;
}

// Hidden entries are skipped (.git, editors' lock and backup files), and each real
// directory is read once so a symlink loop cannot recurse forever.
function articlesIn(dir: string, seen = new Set<string>()): string[] {
  const real = fs.realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const found: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(".")) continue;
    const p = path.join(dir, name);
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (stat?.isDirectory()) found.push(...articlesIn(p, seen));
    else if (stat?.isFile() && ARTICLE.test(name)) found.push(p);
  }
  return found;
}

/** The files the arguments name, in order and each once; an argument that names none is a failure. */
function expand(args: string[]): { files: string[]; failures: Failure[] } {
  const files = new Set<string>();
  const failures: Failure[] = [];
  for (const arg of args) {
    try {
      if (!fs.statSync(arg).isDirectory()) {
        files.add(shown(arg));
        continue;
      }
      const found = articlesIn(arg).map(shown).sort();
      // A directory without articles is almost always a wrong path or extension;
      // exiting 0 having ingested nothing would hide that.
      if (!found.length)
        failures.push({ file: shown(arg), reason: "no .txt or .md files in this directory" });
      for (const f of found) files.add(f);
    } catch (err) {
      failures.push({ file: arg, reason: failureReason(err) });
    }
  }
  return { files: [...files], failures };
}

/** Opens and migrates the database; an empty one is seeded first, as the server would. */
async function prepare(file: string, ref: Reference): Promise<Db> {
  const { db } = await openMigratedDb(file);
  try {
    // The server seeds only an empty database, so ingesting into one first would
    // leave it without the seed corpus for good.
    if ((await db.document.count()) === 0) {
      const s = await loadSeed(db);
      console.log(`seed: the database was empty; loaded ${s.created} seed document(s) first`);
    } else {
      // Extraction points at reference topics, summits and officials: rows for any
      // added to seeds/reference since the database was seeded must exist first.
      await db.$transaction((tx) => writeReference(tx, ref), { timeout: 60_000, maxWait: 30_000 });
    }
    return db;
  } catch (err) {
    await db.$disconnect();
    throw err;
  }
}

const args = cliArgs(USAGE, { schema: z.object({ positionals: positionals(1) }) }).positionals;

const location = cliDatabase();

const { files, failures } = expand(args);
const progress = createProgress("ingest", files.length);
if (!progress.bar) for (const f of failures) console.error(`FAIL ${f.file}: ${f.reason}`);

// Each file is written in a transaction of its own: Ctrl-C lets the current one
// finish and reports what was done; a second Ctrl-C stops at once (SQLite rolls
// back the open transaction).
let interrupted = false;
const onSignal = () => {
  if (interrupted) {
    progress.stop();
    process.exit(130);
  }
  interrupted = true;
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

const count = { created: 0, skipped: 0, eventsCreated: 0, eventsMerged: 0 };
let done = 0;
let fatal = false;
let db: Db | undefined;
const itemsFailed = (err: unknown) => console.error(`ingest: list items not stored: ${failureReason(err)}`);
// On PostgreSQL, each file's write takes turns with the servers' writes (write-lock.ts).
// As in the server, each write then stores the list items it made stale (event-items.ts).
const writes = new WriteQueue(writeLockFor(location), async () => {
  if (db) await refreshItems(db, itemsFailed, () => undefined)();
});
try {
  // No file to read means nothing to write: a mistyped path must not create a database.
  if (files.length) {
    const ref = loadReference();
    db = await prepare(location, ref);
    for (const file of files) {
      // better-sqlite3 is synchronous, so without this yield the whole run is one turn
      // of the event loop and a signal would not be seen until the end.
      await new Promise((resolve) => setImmediate(resolve));
      if (interrupted) break;
      progress.begin(file);
      try {
        const article = articleFromFile(file, fs.readFileSync(file, "utf8"));
        const target = db;
        const { outcome } = await writes.run(() => ingestArticle(target, article, ref));
        if (outcome.skipped) {
          count.skipped++;
          progress.done(`skip ${file}  (already ingested as ${outcome.documentId})`);
        } else {
          const created = outcome.events.filter((e) => e.outcome === "created").length;
          const merged = outcome.events.length - created;
          count.created++;
          count.eventsCreated += created;
          count.eventsMerged += merged;
          const n = outcome.events.length;
          progress.done(
            `new  ${file}  -> ${outcome.documentId}  (${n} event${n === 1 ? "" : "s"}: ${created} created, ${merged} merged)`,
          );
        }
      } catch (err) {
        const reason = failureReason(err);
        failures.push({ file, reason });
        progress.done(`FAIL ${file}: ${reason}`, true);
      }
      done++;
    }
    // What the seed or the reference data made stale, and any rest beyond a write's batch:
    // a server on this database then serves every list from stored items.
    const target = db;
    await storeAllItems(
      (w) => writes.run(w),
      target,
      () => interrupted,
    ).catch(itemsFailed);
  }
} catch (err) {
  // Not one file's fault (the database or the reference data): nothing more can load.
  progress.stop();
  console.error(`ingest: cannot ingest into ${redacted(location)}: ${failureReason(err)}`);
  fatal = true;
} finally {
  await writes.close();
  await db?.$disconnect();
}

if (fatal) {
  process.exitCode = 1;
} else {
  progress.stop();
  // The bar showed no lines, so what failed is named now, after it.
  if (progress.bar) for (const f of failures) console.error(`FAIL ${f.file}: ${f.reason}`);
  console.log(
    `documents: ${count.created} new, ${count.skipped} skipped, ${failures.length} failed; ` +
      `events: ${count.eventsCreated} created, ${count.eventsMerged} merged`,
  );
  if (interrupted) {
    console.error(`interrupted: ${files.length - done} file(s) not ingested`);
    process.exitCode = 130;
  } else if (failures.length) {
    process.exitCode = 1;
  }
}
