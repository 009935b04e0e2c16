import { brotliDecompressSync, gunzipSync } from "node:zlib";
import t from "tap";
import { build, TEST_KEY } from "../helper.ts";

const app = await build(t);
const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url, headers });

const CALL = `NEW DELHI, March 12 (Meridian) - Indian External Affairs Minister Subrahmanyam Jaishankar spoke by phone with Australian Foreign Minister Penny Wong on Tuesday, and the two discussed trade and climate cooperation.`;

t.test("reads carry a strong ETag, Last-Modified and a revalidate-always policy", async (t) => {
  const res = await get("/meetings?limit=5");
  t.equal(res.statusCode, 200);
  t.match(res.headers.etag, /^"[\w-]+"$/, "strong (not W/) and quoted");
  t.equal(res.headers["cache-control"], "public, no-cache");
  t.match(res.headers.vary, /Accept-Encoding/);
  t.ok(Date.parse(String(res.headers["last-modified"])), "Last-Modified is an HTTP date");
  const other = await get("/meetings?limit=6");
  t.not(other.headers.etag, res.headers.etag, "another request, another tag");
  t.equal((await get("/meetings?limit=5")).headers.etag, res.headers.etag, "same request, same tag");
});

t.test("If-None-Match and If-Modified-Since answer 304 without a body", async (t) => {
  const first = await get("/officials");
  const etag = String(first.headers.etag);
  const again = await get("/officials", { "if-none-match": etag });
  t.equal(again.statusCode, 304);
  t.equal(again.body, "");
  t.equal(again.headers.etag, etag);
  t.equal((await get("/officials", { "if-none-match": `"other", W/${etag}` })).statusCode, 304, "in a list");
  t.equal((await get("/officials", { "if-none-match": '"stale"' })).statusCode, 200);
  const lm = String(first.headers["last-modified"]);
  t.equal((await get("/officials", { "if-modified-since": lm })).statusCode, 304);
  t.equal(
    (await get("/officials", { "if-modified-since": "Thu, 01 Jan 2015 00:00:00 GMT" })).statusCode,
    200,
    "older copy",
  );
});

t.test("a repeated request is served from memory with the same bytes", async (t) => {
  const a = await get("/meetings/2023-11-15-biden-xi-woodside");
  const b = await get("/meetings/2023-11-15-biden-xi-woodside");
  t.equal(b.headers["x-cache"], "hit");
  t.equal(b.body, a.body);
  t.equal(b.headers["content-type"], a.headers["content-type"]);
});

t.test("errors and probes are never cached", async (t) => {
  const bad = await get("/meetings?limit=0");
  t.equal(bad.statusCode, 400);
  t.notOk(bad.headers.etag);
  t.equal(bad.headers["cache-control"], "no-store");
  const health = await get("/health");
  t.notOk(health.headers.etag);
});

t.test("gzip and brotli when asked, and the same JSON underneath", async (t) => {
  const plain = await get("/events?limit=20");
  const gz = await get("/events?limit=20", { "accept-encoding": "gzip" });
  t.equal(gz.headers["content-encoding"], "gzip");
  t.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
  t.not(gz.headers.etag, plain.headers.etag, "each coding its own strong tag");
  const br = await get("/events?limit=20", { "accept-encoding": "br" });
  t.equal(br.headers["content-encoding"], "br");
});

t.test("a write bumps the dataset version: old tags no longer match", async (t) => {
  const before = await get("/documents");
  const res = await app.inject({
    method: "POST",
    url: "/documents",
    headers: { authorization: `Bearer ${TEST_KEY}` },
    payload: { text: CALL, title: "Jaishankar, Wong speak by phone", publishedAt: "2024-03-13" },
  });
  t.equal(res.statusCode, 201);
  const after = await get("/documents", { "if-none-match": String(before.headers.etag) });
  t.equal(after.statusCode, 200, "the old copy is stale");
  t.not(after.headers.etag, before.headers.etag);
  t.notOk(after.headers["x-cache"], "not the cached body of the old version");
  t.ok(
    after.json().data.some((d: { title: string }) => d.title === "Jaishankar, Wong speak by phone"),
    "the new document is listed",
  );
});

t.test("cached bodies are kept compressed per coding asked, and decode to the same JSON", async (t) => {
  const url = "/meetings?limit=7";
  const plain = await get(url);
  const miss = await get(url, { "accept-encoding": "br, gzip" });
  const hit = await get(url, { "accept-encoding": "br, gzip" });
  t.equal(hit.headers["x-cache"], "hit");
  t.equal(hit.headers["content-encoding"], "br", "the client's preferred coding, from the cache");
  t.same(hit.rawPayload, miss.rawPayload, "the bytes compressed on the miss");
  t.equal(brotliDecompressSync(hit.rawPayload).toString(), plain.body);
  t.equal(Number(hit.headers["content-length"]), hit.rawPayload.length);
  const gz = await get(url, { "accept-encoding": "gzip;q=1, br;q=0.5" });
  t.equal(gz.headers["content-encoding"], "gzip", "q-values respected");
  t.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
  const identity = await get(url, { "accept-encoding": "identity" });
  t.notOk(identity.headers["content-encoding"]);
  t.equal(identity.body, plain.body);
});

t.test(
  "an event's own version: 304 on a repeat, a 404 uncached, the tag kept by others' writes",
  async (t) => {
    const url = "/events/2023-11-15-biden-xi-woodside";
    const first = await get(url);
    t.equal(first.statusCode, 200);
    const etag = String(first.headers.etag);
    t.match(etag, /^"e\d+-/, "the event's version heads the tag");
    // The version is remembered after the first read: later reads answer in the same way.
    for (let i = 0; i < 3; i++) {
      const again = await get(url, { "if-none-match": etag });
      t.equal(again.statusCode, 304, `revalidation ${i + 1}`);
      t.equal(again.headers.etag, etag);
    }
    const missing = await get("/events/1999-01-01-no-such-event");
    t.equal(missing.statusCode, 404);
    t.notOk(missing.headers.etag, "a 404 has no ETag");
    t.equal((await get("/events/1999-01-01-no-such-event")).statusCode, 404, "and stays a 404");
    // Another article's events move the dataset, not this event's version.
    const posted = await app.inject({
      method: "POST",
      url: "/documents",
      headers: { authorization: `Bearer ${TEST_KEY}` },
      payload: {
        text: "TOKYO, May 8 (Meridian) - Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol in Seoul on Sunday.",
        title: "Kishida, Yoon hold talks in Seoul",
        publishedAt: "2023-05-08",
      },
    });
    t.equal(posted.statusCode, 201);
    const after = await get(url, { "if-none-match": etag });
    t.equal(after.statusCode, 304, "still current after another event was written");
  },
);
