// npm run synth -- --events 100000 --documents 20000 [--out data/synth.db | postgres://…]
//   [--seed 1] [--force] [--batch 100] [--keep-stats]
// Builds a large synthetic database through the project's own loader (writeDocument),
// without the extraction pipeline: a seeded generator writes each article together
// with the extraction a perfect extractor would make of it. For load tests and
// query-plan work at a scale the seed corpus cannot reach.
import fs from "node:fs";
import { isPostgresUrl, redacted } from "../src/data/db/location.ts";
import { openMigratedDb } from "../src/data/db/open-migrated.ts";
import { storeAllItems } from "../src/data/event-items.ts";
import { writeDocument } from "../src/data/write/write-document.ts";
import { writeReference } from "../src/data/write/write-reference.ts";
import { loadReference } from "../src/extract/reference.ts";
import { ExtractionSchema } from "../src/schemas/extraction.ts";
import { emptyPostgres } from "./lib/pg-temp.ts";
import { type Report, renderDocument } from "./lib/synth-article.ts";
import { EventPlanner, type SynthEvent } from "./lib/synth-events.ts";
import { Rng } from "./lib/synth-random.ts";
import { dayOf, isoOf } from "./lib/synth-world.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const num = (name: string, fallback: number) => {
  const v = Number(opt(name) ?? fallback);
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer`);
  return v;
};
const totalEvents = num("events", 100_000);
const totalDocs = num("documents", 20_000);
const seed = num("seed", 1);
// Documents per transaction. Measured on 2000 documents / 10k events: 1 → 83 docs/s,
// 20 → 92, 100 → 97, 200 → 92; the loader's queries, not commits, dominate. Capped at a
// tenth of the run so progress is reported at each tenth.
const batch = Math.max(1, Math.min(num("batch", 100), Math.ceil(totalDocs / 10)));
const out = opt("out") ?? "data/synth.db";
if (totalDocs < 1) throw new Error("--documents must be at least 1");

const postgres = isPostgresUrl(out);
const force = argv.includes("--force");
if (postgres) await emptyPostgres(out, force);
else if (fs.existsSync(out)) {
  if (!force) {
    console.error(`${out} exists; pass --force to replace it`);
    process.exit(1);
  }
  for (const f of [out, `${out}-wal`, `${out}-shm`]) fs.rmSync(f, { force: true });
}

const ref = loadReference();
const { db } = await openMigratedDb(out);
await db.$transaction((tx) => writeReference(tx, ref), { timeout: 60_000 });

const rng = new Rng(seed);
const planner = new EventPlanner(ref, rng);
const [from, to] = [dayOf("1995-01-01"), dayOf("2025-12-31")];
const [bidenFrom, bidenTo] = [dayOf("2021-01-20"), dayOf("2025-01-19")];

/** Document n: its share of the new events, and sometimes a second account of an earlier one. */
function nextDocument(n: number) {
  // A quarter of the archive falls in the Biden years, so the headline queries have many hits.
  const day = rng.chance(0.25) ? rng.int(bidenFrom, bidenTo) : rng.int(from, to);
  const count = Math.floor(((n + 1) * totalEvents) / totalDocs) - Math.floor((n * totalEvents) / totalDocs);
  const reports: Report[] = [];
  // Only events from earlier documents are re-reported: this one's own would merge locally.
  const earlier = { all: planner.all.length, headline: planner.headline.length };
  for (let i = 0; i < count; i++) {
    const event = planner.create(day);
    reports.push({ event, status: event.status });
  }
  if (earlier.all && (rng.chance(0.2) || !count)) {
    const headline = earlier.headline > 0 && rng.chance(0.3);
    const list = headline ? planner.headline : planner.all;
    const event = list[rng.int(0, (headline ? earlier.headline : earlier.all) - 1)] as SynthEvent;
    // A later account of a planned event that has since happened says so.
    const past = event.date.start <= isoOf(day);
    const status = event.status === "cancelled" || !past ? event.status : "held";
    reports.splice(rng.int(0, reports.length), 0, { event, status });
  }
  return renderDocument(n, day, reports, rng);
}

const t0 = performance.now();
// Documents per second within each tenth of the run: the first and the last say whether
// ingest keeps its rate as the data grows (issue 14: the last at >= 0.8 of the first).
const tenths: number[] = [];
let tenthStart = { at: t0, done: 0 };
let created = 0;
let merged = 0;
let nextReport = 1;
let analyzedAt = 0;
for (let n = 0; n < totalDocs; n += batch) {
  const docs = Array.from({ length: Math.min(batch, totalDocs - n) }, (_, i) => nextDocument(n + i));
  // Cheap insurance that the generator still matches the format the loader expects.
  if ((n / batch) % 10 === 0) ExtractionSchema.parse(docs[0]?.extraction);
  // Several documents per transaction: each stays atomic (a failure rolls the batch back)
  // and the commit cost is shared.
  await db.$transaction(
    async (tx) => {
      for (const d of docs) {
        const o = await writeDocument(tx, d.article, d.extraction, ref, { renameOnClash: true });
        for (const e of o.events) e.outcome === "created" ? created++ : merged++;
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // Without statistics SQLite serves the loader's coreference lookup (findSameEvent) from
  // the kind index, scanning most events per extracted one: measured at 100k events,
  // 4 documents/s without, 19 with. Refreshed each time the events double, so the total
  // cost stays small.
  if (created >= Math.max(1000, analyzedAt * 2)) {
    await db.$executeRawUnsafe("ANALYZE");
    analyzedAt = created;
  }
  const done = n + docs.length;
  if (done >= (nextReport * totalDocs) / 10) {
    while (done >= ((nextReport + 1) * totalDocs) / 10) nextReport++;
    const now = performance.now();
    const rate = (done - tenthStart.done) / ((now - tenthStart.at) / 1000);
    tenths.push(rate);
    tenthStart = { at: now, done };
    console.log(
      `${nextReport * 10}%: ${done} documents, ${created} events, ${rate.toFixed(0)} docs/s in this tenth, ${(done / ((now - t0) / 1000)).toFixed(0)} overall`,
    );
    nextReport++;
  }
}
const seconds = (performance.now() - t0) / 1000;

// The stored list items, as a server stores them after its writes (src/data/event-items.ts):
// the bench then measures lists served from them, not a server still filling them in.
const itemsAt = performance.now();
const items = await storeAllItems((write) => write(), db);
console.log(
  `items:     ${items} list items stored in ${((performance.now() - itemsAt) / 1000).toFixed(1)} s`,
);

// A database the app built by ingesting has no statistics (nothing runs ANALYZE), so by
// default neither has this one: the bench then measures the query plans production gets.
if (!postgres && !argv.includes("--keep-stats")) {
  const stats = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite_stat%'`,
  );
  for (const { name } of stats) await db.$executeRawUnsafe(`DELETE FROM "${name}"`);
}
if (!postgres) await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
const count = async (sql: string) =>
  Number((await db.$queryRawUnsafe<{ n: bigint | number }[]>(sql))[0]?.n ?? 0);
const documents = await count(`SELECT count(*) AS n FROM "Document"`);
const events = await count(`SELECT count(*) AS n FROM "Event"`);
const sources = await count(`SELECT count(*) AS n FROM "EventSource"`);
const multi = await count(
  `SELECT count(*) AS n FROM (SELECT "eventId" FROM "EventSource" GROUP BY "eventId" HAVING count(*) > 1) AS m`,
);
const biden = await count(`SELECT count(*) AS n FROM "Participant" WHERE "officialId" = 'joe-biden'`);
const taiwan = await count(`SELECT count(*) AS n FROM "EventTopic" WHERE "topicId" = 'taiwan'`);
const fentanyl = await count(`SELECT count(*) AS n FROM "EventTopic" WHERE "topicId" = 'fentanyl'`);
const bytes = postgres
  ? await count("SELECT pg_database_size(current_database()) AS n")
  : fs.statSync(out).size;
await db.$disconnect();

console.log(`database:  ${redacted(out)} (${(bytes / 2 ** 20).toFixed(1)} MiB)`);
console.log(
  `documents: ${documents}; events: ${events} (${multi} with several sources); sources: ${sources}`,
);
console.log(`headline:  joe-biden in ${biden} events, taiwan ${taiwan}, fentanyl ${fentanyl}`);
console.log(
  `rate:      ${(documents / seconds).toFixed(0)} documents/s, ${(sources / seconds).toFixed(0)} event reports/s (${seconds.toFixed(1)} s, ${batch} documents per transaction)`,
);
if (tenths.length > 1)
  console.log(
    `growth:    last tenth at ${((tenths.at(-1) ?? 0) / (tenths[0] ?? 1)).toFixed(2)} of the first's rate (${tenths.map((r) => r.toFixed(0)).join(", ")} docs/s)`,
  );
if (created !== totalEvents || events !== totalEvents) {
  console.warn(`warning: asked for ${totalEvents} events, loader created ${created} (${merged} merges)`);
}
