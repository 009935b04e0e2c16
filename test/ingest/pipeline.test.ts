import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { buildApp } from "../../src/app.ts";
import { loadSeed } from "../../src/ingest/load-seed.ts";
import { SEEDS_DIR } from "../../src/lib/paths.ts";
import { tempDir } from "../helper.ts";

// The pipeline alone, without seeds/curation.json, against the analyst's reading: at
// least 7 of the 8 required meetings, and at least 0.85 of the US–China meetings it
// finds are ones the analyst lists (required or optional).
const gold = JSON.parse(fs.readFileSync(new URL("../fixtures/gold-seeds.json", import.meta.url), "utf8"));
const dir = path.join(tempDir(t), "seeds");
fs.cpSync(SEEDS_DIR, dir, { recursive: true });
fs.rmSync(path.join(dir, "curation.json"));
const app = await buildApp({ database: path.join(tempDir(t), "pipeline.db") }, { logger: false });
t.teardown(() => app.close());
await loadSeed(app.db, dir);
const meetings: any[] = (await app.inject("/meetings?limit=100")).json().data;

const family = (p: { name: string; country: string }) =>
  p.country === "CN" ? p.name.split(" ")[0] : p.name.split(" ").at(-1);
const matches = (e: any, g: any) =>
  g.principals.every((f: string) => e.participants.some((p: any) => family(p) === f)) &&
  (g.date === undefined || (e.date.start ?? "").startsWith(g.date));

t.test("finds at least 7 of the 8 required meetings", async (t) => {
  const found = gold.meetings.required.filter((g: any) => meetings.some((e) => matches(e, g)));
  t.ok(found.length >= 7, `${found.length}/8 found`, {
    missing: gold.meetings.required.filter((g: any) => !found.includes(g)).map((g: any) => g.key),
  });
});

t.test("precision of US–China meetings is at least 0.85", async (t) => {
  const inScope = meetings.filter((e) => {
    const sides = new Set(e.participants.map((p: any) => p.country));
    return sides.has("US") && sides.has("CN");
  });
  const listed = [...gold.meetings.required, ...gold.meetings.optional];
  const correct = inScope.filter((e) => listed.some((g: any) => matches(e, g)));
  const precision = correct.length / inScope.length;
  t.ok(precision >= 0.85, `precision ${precision.toFixed(2)} (${correct.length}/${inScope.length})`, {
    wrong: inScope.filter((e) => !correct.includes(e)).map((e) => e.id),
  });
});
