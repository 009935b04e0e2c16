// npm run bench:extract [-- --articles 10000]
// Ingests the seed corpus replicated to N articles (each copy made distinct by a
// dateline-free trailing line, so every one is a new document whose events merge
// into the existing ones) into a fresh database, and reports in the same run:
// extraction alone vs full ingest throughput, and memory at each tenth of the run;
// then re-extraction of the whole database (its rate as a share of ingest's, and its
// memory by tenth), and the changes feed's cost per page at the start and at the end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ChangeRepository } from "../src/data/change-repository.ts";
import { createDb } from "../src/data/db/client.ts";
import { migrate } from "../src/data/db/migrate.ts";
import { openDatabase } from "../src/data/db/open.ts";
import { writeReference } from "../src/data/write/write-reference.ts";
import { loadReference } from "../src/extract/reference.ts";
import { extractArticle } from "../src/ingest/extract-article.ts";
import { ingestArticle } from "../src/ingest/ingest.ts";
import { reextract } from "../src/ingest/reextract.ts";
import { sha256 } from "../src/lib/hash.ts";
import { readSeed } from "../src/seed-files/read-seed.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const total = arg("articles", 10_000);
const ref = loadReference();
const seeds = readSeed().articles;
const copy = (i: number) => {
  const a = seeds[i % seeds.length] as (typeof seeds)[number];
  const body = `${a.body}\nArchive copy ${i}.\n`;
  return { ...a, body, sha256: sha256(body), header: { ...a.header, id: `${a.header.id}-copy-${i}` } };
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-bench-"));
const file = path.join(dir, "bench.db");
const raw = openDatabase(file);
migrate(raw);
raw.close();
const db = await createDb(file);
await db.$transaction((tx) => writeReference(tx, ref));

// Warm-up (gazetteer index, regex compilation) is excluded from both rates alike.
extractArticle(copy(0), ref);
const sample = Math.min(total, 1000);
let t0 = performance.now();
for (let i = 0; i < sample; i++) extractArticle(copy(i), ref);
const extractRate = sample / ((performance.now() - t0) / 1000);

const memory: number[] = [];
let peak = 0;
t0 = performance.now();
for (let i = 0; i < total; i++) {
  await ingestArticle(db, copy(i), ref);
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
  if ((i + 1) % Math.ceil(total / 10) === 0) memory.push(rss);
}
const ingestRate = total / ((performance.now() - t0) / 1000);
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const avgBytes = seeds.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / seeds.length;

console.log(`machine: ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}`);
console.log(
  `articles: ${total} (seed corpus x${Math.ceil(total / seeds.length)}, ~${(avgBytes / 1024).toFixed(1)} KB each)`,
);
console.log(`extract only:    ${extractRate.toFixed(0)} articles/s (${sample} articles)`);
console.log(
  `extract + write: ${ingestRate.toFixed(0)} articles/s (target >= 50) — ${(ingestRate / extractRate).toFixed(2)} of extraction alone`,
);
console.log(`rss by tenth:    ${memory.map(mb).join(", ")}`);
console.log(
  `peak rss ${mb(peak)}; last tenth / first tenth = ${((memory.at(-1) ?? 0) / (memory[0] ?? 1)).toFixed(2)}`,
);
console.log(
  `database: ${mb(fs.statSync(file).size)} (${await db.document.count()} documents, ${await db.event.count()} events)`,
);

// Re-extraction of everything just ingested (the same pipeline, so it changes nothing).
const rxMemory: number[] = [];
let tenth = 0;
t0 = performance.now();
const report = await reextract(db, {
  scratchFile: path.join(dir, "scratch.db"),
  onProgress: (done) => {
    if (done >= ((tenth + 1) * total) / 10) {
      tenth++;
      rxMemory.push(process.memoryUsage().rss);
    }
  },
});
const rxRate = total / ((performance.now() - t0) / 1000);
console.log(
  `reextract:       ${rxRate.toFixed(0)} articles/s (target >= 0.8 of ingest) — ${(rxRate / ingestRate).toFixed(2)} of ingest; ${report.events.changed + report.events.added + report.events.removed} events changed`,
);
console.log(
  `reextract rss:   ${rxMemory.map(mb).join(", ")}; last / first = ${((rxMemory.at(-1) ?? 0) / (rxMemory[0] ?? 1)).toFixed(2)}`,
);

// The changes feed: a page at the start against a page at the end, each read many times.
const changes = new ChangeRepository(db);
const deepest = (await db.change.aggregate({ _max: { seq: true } }))._max.seq ?? 0;
const pageCost = async (since: number) => {
  const start = performance.now();
  for (let i = 0; i < 50; i++) await changes.feed(since, 100);
  return (performance.now() - start) / 50;
};
await pageCost(0);
const first = await pageCost(0);
const last = await pageCost(Math.max(0, deepest - 100));
console.log(
  `changes feed:    ${deepest} changes; a page of 100 at the end costs ${(last / first).toFixed(2)} of one at the start`,
);
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
