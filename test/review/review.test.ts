import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { reextract } from "../../src/ingest/reextract.ts";
import { SEEDS_DIR } from "../../src/lib/paths.ts";
import { REVIEW_KINDS } from "../../src/schemas/review.ts";
import { build, getJson, TEST_KEY, tempDir } from "../helper.ts";

const app = await build(t);

type Item = {
  kind: string;
  key: string;
  event: { id: string } | null;
  action: { href: string; body: Record<string, unknown> };
};
const queue = async (q = ""): Promise<Item[]> => (await getJson(t, app, `/review?limit=100${q}`)).data;

/** Sends an item's proposed correction, with a reason, against the event's current version. */
async function resolve(item: Item) {
  const id = item.event?.id as string;
  const tag = String((await app.inject({ url: `/events/${id}` })).headers.etag);
  const res = await app.inject({
    method: "POST",
    url: item.action.href,
    headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": tag },
    payload: { ...item.action.body, reason: "Reviewed against the sources in the queue." },
  });
  t.equal(res.statusCode, 200, `${item.key}: ${res.body.slice(0, 300)}`);
}

t.test("the queue: each item names its event and a correction that resolves it", async (t) => {
  // The seed's queue: the meetings the confidence model rates low (its size follows the model).
  const items = await queue();
  t.ok(items.length >= 2, items.map((i) => i.key).join(", "));
  const ranks = items.map((i) => REVIEW_KINDS.indexOf(i.kind as never));
  t.same(
    ranks,
    [...ranks].sort((a, b) => a - b),
    "most urgent kinds first",
  );
  for (const i of items) {
    t.match(i.action.href, /^\/events\/[a-z0-9-]+\/corrections$/);
    await getJson(t, app, `/events/${i.event?.id}`);
  }
  const lows = await queue("&kind=low-confidence");
  t.ok(lows.length >= 1 && lows.every((i) => i.kind === "low-confidence"), "filtered by kind");
  const csv = await app.inject({ url: "/review?format=csv" });
  t.match(csv.body.split("\n")[0], /^kind,key,event,other,field,confidence,correction,detail,action/);
});

t.test("resolving an item with its proposed correction takes it off the queue", async (t) => {
  // A source that disagrees on the city, as the loader records one (the seed's own
  // conflict is resolved by its curation).
  const lima = "2024-11-16-biden-xi-lima";
  const source = await app.db.eventSource.findFirstOrThrow({ where: { eventId: lima } });
  await app.db.conflict.create({
    data: {
      eventId: lima,
      documentId: source.documentId,
      field: "place.city",
      kept: "Lima",
      reported: "Callao",
    },
  });
  app.dataset.touch();
  // A split leaves two events of the same officials and dates: a near-duplicate to merge back.
  const woodside = "2023-11-15-biden-xi-woodside";
  const docs = (await getJson(t, app, `/events/${woodside}`)).sources.map(
    (x: { document: { id: string } }) => x.document.id,
  );
  await resolve({
    kind: "x",
    key: "x",
    event: { id: woodside },
    action: {
      href: `/events/${woodside}/corrections`,
      body: { split: { id: "woodside-split", documents: [docs[0]] } },
    },
  });
  t.ok(
    (await queue("&kind=near-duplicate")).some(
      (i) => i.event?.id === "woodside-split" || i.action.body.mergeInto === "woodside-split",
    ),
  );
  const [conflict] = await queue("&kind=conflict");
  t.match(conflict, {
    event: { id: lima },
    action: { body: { set: { place: { city: "Callao", country: "PE" } } } },
  });
  // With a conflict and a near-duplicate beside the low-confidence items: most urgent first.
  const kinds = (await queue()).map((i) => REVIEW_KINDS.indexOf(i.kind as never));
  t.ok(new Set(kinds).size >= 3, "three kinds in the queue");
  t.same(
    kinds,
    [...kinds].sort((a, b) => a - b),
    "most urgent kinds first, across kinds",
  );
  for (const kind of ["conflict", "low-confidence", "near-duplicate"]) {
    const [item] = await queue(`&kind=${kind}`);
    if (!item) {
      t.comment(`no ${kind} item in the seed`);
      continue;
    }
    await resolve(item);
    t.notOk(
      (await queue()).some((i) => i.key === item.key),
      `${item.key} is resolved`,
    );
  }
});

t.test("a correction re-extraction could not re-apply comes first", async (t) => {
  const summit = (await app.db.summit.findFirstOrThrow()).id;
  const id = "2024-11-16-biden-xi-lima";
  await resolve({
    kind: "x",
    key: "x",
    event: { id },
    action: { href: `/events/${id}/corrections`, body: { set: { summit } } },
  });
  const dir = path.join(tempDir(t), "reference");
  fs.cpSync(path.join(SEEDS_DIR, "reference"), dir, { recursive: true });
  const file = path.join(dir, "summits.json");
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  data.summits = data.summits.filter((s: { id: string }) => s.id !== summit);
  fs.writeFileSync(file, JSON.stringify(data));
  await reextract(app.db, { scratchFile: path.join(tempDir(t), "scratch.db"), referenceDir: dir });
  app.dataset.touch();
  const [first] = await queue();
  t.match(first, { kind: "failed-correction", event: { id } });
  t.match((first as unknown as { detail: string }).detail, /no summit/);
  await reextract(app.db, { scratchFile: path.join(tempDir(t), "scratch2.db") });
  app.dataset.touch();
  t.notOk(
    (await queue()).some((i) => i.kind === "failed-correction"),
    "it applies again with the full reference",
  );
});
