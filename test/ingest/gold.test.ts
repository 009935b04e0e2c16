import { readFileSync } from "node:fs";
import t from "tap";
import { build, getJson } from "../helper.ts";

// The analyst's reading of the seed articles (a copy of shared/gold/seeds.json):
// the loaded data must agree with it.
const gold = JSON.parse(readFileSync(new URL("../fixtures/gold-seeds.json", import.meta.url), "utf8"));
const app = await build(t);

// Gold names principals by family name; Chinese names put it first.
const familyOf = (p: { name: string; country: string }) =>
  p.country === "CN" ? p.name.split(" ")[0] : p.name.split(" ").at(-1);
const docIds = new Map<string, string>();

async function all(url: string) {
  const items: any[] = [];
  let cursor: string | null = null;
  do {
    const page: any = (
      await app.inject(`${url}${url.includes("?") ? "&" : "?"}limit=100${cursor ? `&cursor=${cursor}` : ""}`)
    ).json();
    items.push(...page.data);
    cursor = page.page.nextCursor;
  } while (cursor);
  return items;
}

const events = await all("/events");
for (const d of await all("/documents")) {
  const detail = (await app.inject(`/documents/${d.id}`)).json();
  for (const g of gold.documents) {
    if (
      detail.sha256 &&
      readFileSync(new URL(`../../seeds/articles/${g.file}`, import.meta.url), "utf8").endsWith(detail.text)
    ) {
      docIds.set(g.file.slice(0, 3), d.id);
    }
  }
}

const matchesDate = (start: string | null, goldDate: string | undefined) =>
  goldDate === undefined || start?.startsWith(goldDate) === true;

function candidates(m: { principals: string[]; date?: string }) {
  return events.filter(
    (e) =>
      m.principals.every((p) => e.participants.some((x: any) => familyOf(x) === p)) &&
      matchesDate(e.date.start, m.date),
  );
}

t.test("every document is known with the publication date the text supports", async (t) => {
  t.equal(docIds.size, gold.documents.length);
  for (const g of gold.documents) {
    const doc = await getJson(t, app, `/documents/${docIds.get(g.file.slice(0, 3))}`);
    t.equal(doc.publishedAt.value, g.publishedAt, `${g.file} published ${g.publishedAt}`);
    t.equal(doc.publishedAt.source, g.publishedAtNote.startsWith("printed") ? "printed" : "inferred");
  }
});

for (const m of gold.meetings.required) {
  t.test(`required meeting ${m.key}`, async (t) => {
    // Kind separates the 2024 call from the 2024 Lima meeting, which share principals and year.
    const found = candidates(m).filter((e) => e.kind === m.kind);
    t.equal(found.length, 1, "exactly one event for the real-world meeting");
    const e = found[0];
    if (!e) return;
    const precision = m.date.length === 4 ? "year" : m.date.length === 7 ? "month" : "day";
    t.equal(e.date.precision, precision, "date precision");
    t.equal(e.date.start, m.date, "date");
    t.equal(e.kind, m.kind, "kind");
    if (m.status) t.equal(e.status, m.status, "status");
    if (m.city) t.ok([m.city, ...(m.cityAlternatives ?? [])].includes(e.place.city), `city ${e.place.city}`);
    if (m.country) t.equal(e.place.country, m.country, "country");
    t.equal(e.summit?.name ?? undefined, m.summit, "summit");
    for (const also of m.also ?? [])
      t.ok(
        e.participants.some((x: any) => familyOf(x) === also),
        `also ${also}`,
      );
    // The gold was read against its own 19-topic taxonomy: a topic it did not have
    // (the taxonomy grew since) is neither right nor wrong by it.
    const judged = e.topics.map((x: any) => x.id).filter((id: string) => id in gold.topics);
    if (m.topics) t.same(judged.sort(), [...m.topics].sort(), "topics");
    const detail = await getJson(t, app, `/meetings/${e.id}`);
    t.same(
      detail.sources.map((s: any) => s.document.id).sort(),
      m.documents.map((d: string) => docIds.get(d)).sort(),
      "one source per reporting document",
    );
    t.equal(e.sourceCount, m.documents.length);
  });
}

t.test("optional meetings that are present match their gold reading", async (t) => {
  for (const m of gold.meetings.optional) {
    for (const e of candidates(m)) {
      if (e.kind !== m.kind) continue;
      if (m.country) t.equal(e.place.country, m.country, `${m.key} country`);
      if (m.status)
        t.ok(
          ["expected", "scheduled"].includes(m.status)
            ? ["expected", "scheduled"].includes(e.status)
            : e.status === m.status,
          `${m.key} status`,
        );
    }
  }
});

t.test("the other events are there, each once", async (t) => {
  for (const o of gold.otherEvents) {
    const found = events.filter((e) => e.kind === o.kind && e.date.start === o.date);
    const reported = found.filter((e) => e.sourceCount === o.documents.length);
    t.ok(reported.length >= 1, `${o.what} (${o.kind}, ${o.date})`);
  }
});

t.test("no US–China meeting beyond the gold ones", async (t) => {
  const keys = [...gold.meetings.required, ...gold.meetings.optional];
  const meetings = await all("/meetings");
  for (const e of meetings) {
    const sides = new Set(e.participants.map((p: any) => p.country));
    if (!(sides.has("US") && sides.has("CN"))) continue;
    const known = keys.some(
      (m: any) =>
        m.principals.every((p: string) => e.participants.some((x: any) => familyOf(x) === p)) &&
        matchesDate(e.date.start, m.date),
    );
    t.ok(known, `${e.id} is in the gold annotation`);
  }
});

t.test("the eleven officials with their roles", async (t) => {
  const officials = await all("/officials");
  t.equal(officials.length, gold.officials.length);
  for (const g of gold.officials) {
    const o = officials.find((x) => x.name === g.name);
    t.ok(o, g.name);
    if (!o) continue;
    t.equal(o.country, g.country, `${g.name} country`);
    const detail = await getJson(t, app, `/officials/${o.id}`);
    for (const role of g.roles)
      t.ok(
        detail.roles.some((r: any) => r.title === role),
        `${g.name}: ${role}`,
      );
  }
});

t.test("the summits with their places and dates", async (t) => {
  const summits = await all("/summits");
  for (const g of gold.summits) {
    const s = summits.find((x) => x.name === g.name);
    t.ok(s, g.name);
    if (!s) continue;
    t.equal(s.date.start, g.start, `${g.name} start`);
    if (g.end) t.equal(s.date.end, g.end, `${g.name} end`);
    if (g.city) t.equal(s.place.city, g.city);
    if (g.country) t.equal(s.place.country, g.country);
  }
});

t.test("the topics taxonomy covers the gold topics", async (t) => {
  const topics = (await all("/topics")).map((x) => x.id);
  for (const id of Object.keys(gold.topics)) t.ok(topics.includes(id), id);
});
