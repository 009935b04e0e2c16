import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import t from "tap";
import { tempDir } from "../helper.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

// Each test has its own directory and database; most of the time is the children's
// start-up, so they run side by side.
t.jobs = 2;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// The real entry points in a child process, as `npm run ingest -- …` runs them; stdout
// and stderr are pipes, so ingest prints one line per file rather than a bar.
function run(cli: "ingest" | "extract", args: string[], dbFile: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `src/cli/${cli}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => {
      stdout += c;
    });
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const CALL_BODY =
  "Indian External Affairs Minister S. Jaishankar spoke by phone with Australian Foreign Minister " +
  "Penny Wong on Tuesday, discussing the Indo-Pacific and trade.\n";
const CALL = `---\nid: jaishankar-wong-call\npublishedAt: "2024-03-12"\n---\n${CALL_BODY}`;
const MEETING =
  "# Macron and Scholz meet in Berlin\n\nFrench President Emmanuel Macron met German Chancellor " +
  "Olaf Scholz in Berlin on 5 May 2024 to discuss European defence.\n";
const BAD = "---\nid: Not A Slug\n---\ntext\n";

/** A directory of articles as a user would keep them: a header, none, a subdirectory. */
function articles(dir: string): { call: string; meeting: string; bad: string } {
  fs.mkdirSync(path.join(dir, "articles", "europe"), { recursive: true });
  const files = {
    call: path.join(dir, "articles", "call.txt"),
    meeting: path.join(dir, "articles", "europe", "berlin.md"),
    bad: path.join(dir, "articles", "bad.txt"),
  };
  fs.writeFileSync(files.call, CALL);
  fs.writeFileSync(files.meeting, MEETING);
  fs.writeFileSync(files.bad, BAD);
  // Neither an article extension nor visible: both are left alone.
  fs.writeFileSync(path.join(dir, "articles", "notes.json"), "{}");
  fs.writeFileSync(path.join(dir, "articles", ".draft.txt"), "not yet");
  return files;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

t.test("ingest: new, then skipped; a bad file fails alone and sets the exit code", async (t) => {
  const dir = tempDir(t, "summitry-cli-");
  const db = path.join(dir, "cli.db");
  const files = articles(dir);
  const dirArg = path.join(dir, "articles");

  const first = await run("ingest", [dirArg], db);
  t.equal(first.code, 1, "exit 1: a file failed", first);
  t.match(first.stdout, /^seed: the database was empty; loaded \d+ seed document\(s\) first$/m);
  t.match(
    first.stdout,
    new RegExp(
      `^new  ${literal(files.call)}  -> jaishankar-wong-call  \\(1 event: 1 created, 0 merged\\)$`,
      "m",
    ),
    "the header's id names the document; the call is a new event",
  );
  const meeting = new RegExp(
    `^new  ${literal(files.meeting)}  -> ([a-z0-9-]+)  \\((\\d+) events?: (\\d+) created, (\\d+) merged\\)$`,
    "m",
  ).exec(first.stdout);
  t.ok(meeting, "the header-less file from the subdirectory is new", first);
  const meetingId = meeting?.[1];
  t.match(first.stderr, new RegExp(`^FAIL ${literal(files.bad)}: header: id: must be a lowercase slug`, "m"));
  t.notMatch(first.stdout + first.stderr, /notes\.json|\.draft\.txt/, "only visible .txt and .md files");
  // The summary adds up the lines above it.
  const created = [...first.stdout.matchAll(/(\d+) created, (\d+) merged\)$/gm)];
  const sum = (i: number) => created.reduce((n, m) => n + Number(m[i]), 0);
  t.equal(created.length, 2);
  t.match(
    first.stdout,
    new RegExp(`^documents: 2 new, 0 skipped, 1 failed; events: ${sum(1)} created, ${sum(2)} merged$`, "m"),
  );

  const again = await run("ingest", [dirArg], db);
  t.equal(again.code, 1, "still exit 1: the bad file still fails", again);
  t.match(
    again.stdout,
    new RegExp(`^skip ${literal(files.call)}  \\(already ingested as jaishankar-wong-call\\)$`, "m"),
  );
  t.match(
    again.stdout,
    new RegExp(`^skip ${literal(files.meeting)}  \\(already ingested as ${meetingId}\\)$`, "m"),
  );
  t.match(again.stderr, new RegExp(`^FAIL ${literal(files.bad)}: header: id:`, "m"));
  t.match(again.stdout, /^documents: 0 new, 2 skipped, 1 failed; events: 0 created, 0 merged$/m);
  t.notMatch(again.stdout, /^seed:/m, "a database with documents is not seeded again");

  fs.rmSync(files.bad);
  const clean = await run("ingest", [dirArg], db);
  t.equal(clean.code, 0, "exit 0 without the bad file", clean);
  t.match(clean.stdout, /^documents: 0 new, 2 skipped, 0 failed; events: 0 created, 0 merged$/m);
  t.equal(clean.stderr, "");

  // Like the server, the CLI leaves every event's list item stored (src/data/event-items.ts).
  const conn = new Database(db, { readonly: true });
  t.teardown(() => conn.close());
  const items = conn.prepare(`SELECT count(*) AS n, count("json") AS stored FROM "EventItem"`).get() as {
    n: number;
    stored: number;
  };
  t.ok(items.n > 10, "an item row per event");
  t.equal(items.stored, items.n, "none left stale");
});

t.test("ingest: a path that does not exist fails by name, and no database is created for it", async (t) => {
  const dir = tempDir(t, "summitry-cli-");
  const db = path.join(dir, "cli.db");
  const missing = path.join(dir, "no-such-articles");
  const r = await run("ingest", [missing], db);
  t.equal(r.code, 1, "exit 1", r);
  t.match(r.stderr, new RegExp(`^FAIL ${literal(missing)}: no such file or directory$`, "m"));
  t.match(r.stdout, /^documents: 0 new, 0 skipped, 1 failed; events: 0 created, 0 merged$/m);
  t.notOk(fs.existsSync(db), "nothing to ingest, no database file");
});

t.test("ingest and extract without arguments print their usage and exit 2", async (t) => {
  const db = path.join(tempDir(t, "summitry-cli-"), "cli.db");
  const [ingest, extract] = await Promise.all([run("ingest", [], db), run("extract", [], db)]);
  t.equal(ingest.code, 2);
  t.match(ingest.stderr, /^usage: npm run ingest -- <file\|directory>/);
  t.equal(extract.code, 2);
  t.match(extract.stderr, /^usage: npm run extract -- <file>/);
});

t.test("extract prints the extraction of one file as JSON and touches no database", async (t) => {
  const dir = tempDir(t, "summitry-cli-");
  const db = path.join(dir, "cli.db");
  const file = path.join(dir, "call.txt");
  fs.writeFileSync(file, CALL);
  const r = await run("extract", [file], db);
  t.equal(r.code, 0, "exit 0", r);
  t.equal(r.stderr, "");
  t.match(r.stdout, /^\{\n {2}"formatVersion"/, "pretty-printed with 2 spaces");
  const x = JSON.parse(r.stdout);
  t.equal(x.document.id, "jaishankar-wong-call");
  t.equal(x.document.sha256, createHash("sha256").update(CALL_BODY).digest("hex"), "sha256 of the body");
  const call = x.events.find((e: any) => e.kind === "call");
  t.ok(call, "a call is extracted", { events: x.events });
  t.equal(call?.participants.length, 2, "between two participants");
  t.notOk(fs.existsSync(db), "no database file");
});

t.test("extract names the file it cannot read and exits 1", async (t) => {
  const dir = tempDir(t, "summitry-cli-");
  const missing = path.join(dir, "missing.txt");
  const r = await run("extract", [missing], path.join(dir, "cli.db"));
  t.equal(r.code, 1);
  t.equal(r.stdout, "");
  t.match(r.stderr, `${missing}: no such file or directory`);

  const bad = path.join(dir, "bad.txt");
  fs.writeFileSync(bad, BAD);
  const b = await run("extract", [bad], path.join(dir, "cli.db"));
  t.equal(b.code, 1);
  t.match(b.stderr, `${bad}: header: id:`);
});
