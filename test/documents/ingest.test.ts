import t from "tap";
import { build, getJson, TEST_KEY } from "../helper.ts";

const app = await build(t);
const auth = { authorization: `Bearer ${TEST_KEY}` };
const post = (payload: unknown, headers: Record<string, string> = auth, url = "/documents") =>
  app.inject({ method: "POST", url, payload: payload as object, headers });

const CALL = `NEW DELHI, March 12 (Meridian) - Indian External Affairs Minister Subrahmanyam Jaishankar spoke by phone with Australian Foreign Minister Penny Wong on Tuesday, and the two discussed trade and climate cooperation.
Jaishankar said the call was productive.`;

const LIMA = `WASHINGTON (Northline) - President Joe Biden met Chinese President Xi Jinping on the sidelines of the APEC summit in Lima, Peru on Saturday, Nov. 16, the White House said. The two leaders discussed fentanyl and Taiwan.`;

t.test("a new article is extracted, stored and reported event by event", async (t) => {
  const res = await post({
    text: CALL,
    title: "Jaishankar, Wong speak by phone",
    publishedAt: "2024-03-13",
    publisher: "Meridian",
  });
  t.equal(res.statusCode, 201);
  const body = res.json();
  t.match(body.document, {
    title: "Jaishankar, Wong speak by phone",
    publisher: "Meridian",
    publishedAt: { value: "2024-03-13" },
  });
  t.equal(body.created, true);
  t.equal(body.events.length, 1);
  t.match(body.events[0], { outcome: "created" });
  const event = await getJson(t, app, `/events/${body.events[0].id}`);
  t.match(event, { kind: "call", status: "held", date: { start: "2024-03-12", precision: "day" } });
  t.same(event.participants.map((p: any) => p.country).sort(), ["AU", "IN"]);
  t.same(
    event.sources.map((s: any) => s.document.id),
    [body.document.id],
  );
  const doc = await getJson(t, app, `/documents/${body.document.id}`);
  for (const ev of event.sources[0].evidence)
    t.equal(doc.text.slice(ev.start, ev.end), ev.quote, "every quote is at its offsets");
  const official = await getJson(
    t,
    app,
    `/officials/${event.participants.find((p: any) => p.country === "AU").id}`,
  );
  t.match(
    official,
    { name: "Penny Wong", country: "AU" },
    "an official not in the reference list is discovered",
  );
});

t.test("the same text again changes nothing and answers 200 with the stored document", async (t) => {
  const before = (await getJson(t, app, "/events?limit=100")).data.length;
  const res = await post({ text: CALL, title: "Another title" });
  t.equal(res.statusCode, 200);
  t.match(res.json(), { created: false, events: [], document: { title: "Jaishankar, Wong speak by phone" } });
  t.equal((await getJson(t, app, "/events?limit=100")).data.length, before);
});

t.test("a report of a known meeting merges into it as another source", async (t) => {
  const res = await post({ text: LIMA, publishedAt: "2024-11-17" });
  t.equal(res.statusCode, 201);
  const merged = res.json().events.find((e: any) => e.id === "2024-11-16-biden-xi-lima");
  t.match(merged, { outcome: "merged" }, "merged into the seeded Lima meeting");
  const lima = await getJson(t, app, "/meetings/2024-11-16-biden-xi-lima");
  t.equal(lima.sourceCount, 3);
  t.equal(lima.status, "held", "the later report that they met turns scheduled into held");
  t.match(lima.sources[0], { status: "held", document: { id: res.json().document.id } });
});

t.test("dryRun returns the extraction and writes nothing", async (t) => {
  const text =
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on May 7, 2023.";
  const before = (await getJson(t, app, "/documents?limit=100")).data.length;
  const res = await post({ text, publishedAt: "2023-05-08" }, auth, "/documents?dryRun=true");
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.equal(body.extraction.events.length, 1);
  t.match(body.extraction.events[0], {
    kind: "in_person",
    date: { start: "2023-05-07" },
    place: { city: "Seoul", country: "KR" },
  });
  t.ok(body.extraction.events[0].evidence.length > 0);
  t.same(body.extraction.officials.map((o: any) => o.country).sort(), ["JP", "KR"]);
  t.equal((await getJson(t, app, "/documents?limit=100")).data.length, before, "nothing written");
  t.equal((await post({ text }, {}, "/documents?dryRun=true")).statusCode, 401, "still authenticated");
});

t.test("authentication", async (t) => {
  const missing = await post({ text: CALL }, {});
  t.equal(missing.statusCode, 401);
  t.match(missing.headers["www-authenticate"], /^Bearer/);
  t.match(missing.headers["content-type"], /application\/problem\+json/);
  t.equal((await post({ text: CALL }, { authorization: "Bearer wrong-key-0123456789" })).statusCode, 401);
  t.equal(
    (await post({ text: CALL }, { authorization: TEST_KEY })).statusCode,
    401,
    "the Bearer scheme is required",
  );
  const closed = await build(t, { seed: false, apiKeys: [] });
  const res = await closed.inject({
    method: "POST",
    url: "/documents",
    payload: { text: CALL },
    headers: auth,
  });
  t.equal(res.statusCode, 403);
  t.match(res.json().detail, /writes disabled/);
});

t.test("bad input is a 4xx problem naming the field, and nothing is written", async (t) => {
  const before = (await getJson(t, app, "/documents?limit=100")).data.length;
  const cases: [unknown, number, string | null, Record<string, string>?][] = [
    [{ text: "   " }, 400, "text"],
    [{}, 400, "text"],
    [{ text: 42 }, 400, "text"],
    [{ text: CALL, publishedAt: "2999-01-01" }, 400, "publishedAt"],
    [{ text: CALL, publishedAt: "2024-02-30" }, 400, "publishedAt"],
    [{ text: CALL, publishedAt: "last week" }, 400, "publishedAt"],
    [{ text: CALL, url: "ftp://example.org/a" }, 400, "url"],
    [{ text: CALL, extra: true }, 400, "extra"],
  ];
  for (const [payload, status, field] of cases) {
    const res = await post(payload);
    t.equal(res.statusCode, status, JSON.stringify(payload).slice(0, 60));
    t.match(res.headers["content-type"], /application\/problem\+json/);
    if (field)
      t.ok(
        res.json().errors?.some((e: any) => e.field === field),
        `names ${field}`,
        { body: res.json() },
      );
  }
  const notJson = await app.inject({
    method: "POST",
    url: "/documents",
    payload: "{not json",
    headers: { ...auth, "content-type": "application/json" },
  });
  t.equal(notJson.statusCode, 400);
  const text = await app.inject({
    method: "POST",
    url: "/documents",
    payload: "plain text",
    headers: { ...auth, "content-type": "text/plain" },
  });
  t.equal(text.statusCode, 400, "a bare string is not the JSON object the body must be");
  const xml = await app.inject({
    method: "POST",
    url: "/documents",
    payload: "<a/>",
    headers: { ...auth, "content-type": "application/xml" },
  });
  t.equal(xml.statusCode, 415);
  const big = await post({ text: "x".repeat(1_100_000) });
  t.equal(big.statusCode, 413);
  t.equal((await getJson(t, app, "/documents?limit=100")).data.length, before);
});

t.test("curated facts are marked as such", async (t) => {
  const woodside = await getJson(t, app, "/meetings/2023-11-15-biden-xi-woodside");
  t.equal(woodside.curated, true);
  t.ok(woodside.curation.some((c: any) => c.field === "place" && c.reason.length > 10 && c.by));
  t.ok(
    woodside.conflicts.some((c: any) => c.field === "place.city" && c.reported === "Woodside"),
    "the disagreement is kept",
  );
  const call = await getJson(t, app, "/meetings/2024-biden-xi-call");
  t.equal(call.curated, false);
  t.same(call.curation, []);
});

t.test("a month-dated report naming an aide as well merges into the day-dated meeting", async (t) => {
  const text =
    "WASHINGTON (Northline) - U.S. President Joe Biden, joined by National Security Adviser Jake Sullivan, met " +
    "Chinese President Xi Jinping in Lima in November, officials said this week.";
  const res = await post({ text, publishedAt: "2024-12-04" });
  t.equal(res.statusCode, 201);
  const meeting = res.json().events.find((e: any) => e.outcome === "merged");
  t.match(meeting, { id: "2024-11-16-biden-xi-lima" }, "one event, one more source");
});
