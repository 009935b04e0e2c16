import { createHash } from "node:crypto";
import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);

t.test("lists documents newest first, without their text", async (t) => {
  const body = await getJson(t, app, "/documents");
  t.equal(body.data.length, 5);
  t.notOk("text" in body.data[0]);
  t.same(
    body.data.map((d: any) => d.publishedAt.value),
    ["2024", "2024-11", "2024-11-14", "2023-11", "2023-10"],
    "ordered by the last day each date can denote",
  );
  const printed = body.data.find((d: any) => d.publishedAt.source === "printed");
  t.match(printed, { author: "Abbey Fenbert", publishedAt: { value: "2024-11-14", precision: "day" } });
  t.ok(
    body.data.filter((d: any) => d.publishedAt.source === "inferred").every((d: any) => d.publishedAt.note),
  );
});

t.test("a document's detail has its text and what was extracted", async (t) => {
  const doc = await getJson(t, app, "/documents/wang-yi-washington-visit-2023");
  t.equal(createHash("sha256").update(doc.text).digest("hex"), doc.sha256);
  t.equal(doc.events.length, doc.eventCount);
  for (const e of doc.events) {
    t.ok(e.evidence.length > 0, `${e.id} has evidence`);
    for (const ev of e.evidence) t.equal(doc.text.slice(ev.start, ev.end), ev.quote);
  }
  t.equal((await app.inject("/documents/nope")).statusCode, 404);
});

t.test("pagination over documents", async (t) => {
  const first = await getJson(t, app, "/documents?limit=2");
  const second = await getJson(t, app, `/documents?limit=2&cursor=${first.page.nextCursor}`);
  const third = await getJson(t, app, `/documents?limit=2&cursor=${second.page.nextCursor}`);
  t.equal(third.page.nextCursor, null);
  const all = [...first.data, ...second.data, ...third.data].map((d: any) => d.id);
  t.equal(new Set(all).size, 5);
});
