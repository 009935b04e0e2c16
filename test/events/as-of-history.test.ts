import t from "tap";
import { build, getJson } from "../helper.ts";

// asOf reads the dataset by publication day; history lists versions in commit order.
// They agree on what matters to a reader checking one against the other: an asOf read
// of an event exists exactly when its history (with the events folded into it) shows a
// document published by then being read into it (by extraction, or by a correction that
// created the event from its quotes: GET /curations has them), and cites exactly those.

const app = await build(t);

type Version = {
  seq: number;
  id: string;
  op: string;
  cause: string;
  document: string | null;
  correction: number | null;
};
type Curation = { id: number; operations: { create?: { sources: { document: string }[] } } };
type Doc = { id: string; publishedAt: { value: string | null; precision: string | null } };

/** The last day a document's publication date covers: when asOf first knows it. */
function knownFrom(d: Doc): string {
  const at = d.publishedAt.value ?? "9999";
  if (d.publishedAt.precision === "year") return `${at.slice(0, 4)}-12-31`;
  if (d.publishedAt.precision === "month") {
    const [y, m] = at.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return at.slice(0, 10);
}

async function history(id: string): Promise<Version[]> {
  const out: Version[] = [];
  let cursor = "";
  for (;;) {
    const page = await getJson<{ versions: Version[]; page: { nextCursor: string | null } }>(
      t,
      app,
      `/events/${id}/history?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
    );
    out.push(...page.versions);
    if (!page.page.nextCursor) return out;
    cursor = page.page.nextCursor;
  }
}

const docs = (await getJson<{ data: Doc[] }>(t, app, "/documents?limit=100")).data;
const known = new Map(docs.map((d) => [d.id, knownFrom(d)]));
const days = [...new Set(["2000-01-01", ...known.values()])].sort();
const curations = (await getJson<{ data: Curation[] }>(t, app, "/curations?limit=100")).data;
const created = new Map(
  curations.map((c) => [c.id, c.operations.create?.sources.map((x) => x.document) ?? []]),
);
const events = (await getJson<{ data: { id: string }[] }>(t, app, "/events?limit=100")).data;

t.ok(events.length > 10 && docs.length >= 5, "the seed's events and documents");

t.test("an event renamed by a correction shows the versions under its old id", async (t) => {
  const versions = await history("2023-11-15-biden-xi-woodside");
  t.match(versions[0], { id: "2023-11-biden-xi-san-francisco", op: "created", cause: "extraction" });
  const deleted = versions.findIndex((v) => v.op === "deleted");
  t.match(versions[deleted + 1], { id: "2023-11-15-biden-xi-woodside", op: "created", cause: "correction" });
  t.same(
    versions.map((v) => v.seq),
    versions.map((v) => v.seq).sort((a, b) => a - b),
    "in commit order",
  );
  const own = await getJson<{ versions: Version[] }>(
    t,
    app,
    "/events/2023-11-15-biden-xi-woodside/history?lineage=false",
  );
  t.ok(
    own.versions.every((v) => v.id === "2023-11-15-biden-xi-woodside"),
    "lineage=false: this id's versions only",
  );
  await getJson(t, app, "/events/2023-11-15-biden-xi-woodside/history?lineage=maybe", 400);
});

t.test("every event's asOf reads cite the documents its history read by that day", async (t) => {
  for (const { id } of events) {
    const read = (await history(id)).flatMap((v) =>
      v.document ? [v.document] : v.correction ? (created.get(v.correction) ?? []) : [],
    );
    for (const day of days) {
      const expected = [...new Set(read.filter((d) => (known.get(d) ?? "9999") <= day))].sort();
      const res = await app.inject({ url: `/events/${id}?asOf=${day}` });
      const cited =
        res.statusCode === 200
          ? (res.json().sources as { document: { id: string } }[]).map((s) => s.document.id).sort()
          : [];
      t.same(cited, expected, `${id} as of ${day}`);
      t.equal(res.statusCode, expected.length ? 200 : 404, `${id} as of ${day}: exists`);
    }
  }
});
