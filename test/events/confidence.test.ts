import t from "tap";
import { build, getJson, TEST_KEY } from "../helper.ts";

const app = await build(t);

t.test("every event says how sure the data is, and a reviewed correction is certain", async (t) => {
  const all = (await getJson(t, app, "/meetings?limit=100")).data;
  t.ok(all.length > 0);
  for (const e of all) {
    t.ok(e.confidence.event >= 0 && e.confidence.event <= 1, `${e.id}: event ${e.confidence.event}`);
    if (e.date.start === null) t.equal(e.confidence.date, null, `${e.id}: no date, no confidence in one`);
  }
  const curated = all.filter((e: any) => e.curated);
  t.ok(curated.length > 0);
  for (const e of curated) t.equal(e.confidence.event, 1, `${e.id}: a reviewer kept it`);
});

t.test("minConfidence keeps the events at least that sure", async (t) => {
  const all = (await getJson(t, app, "/meetings?limit=100")).data;
  const sure = (await getJson(t, app, "/meetings?limit=100&minConfidence=1")).data;
  t.same(
    sure.map((e: any) => e.id).sort(),
    all
      .filter((e: any) => e.confidence.event >= 1)
      .map((e: any) => e.id)
      .sort(),
  );
  t.ok(sure.length < all.length, "some events are less than certain");
  t.equal((await getJson(t, app, "/events?limit=100&minConfidence=0")).data.length >= all.length, true);
  const bad = await app.inject("/meetings?minConfidence=2");
  t.equal(bad.statusCode, 400);
  t.match(bad.json(), { detail: /minConfidence/ });
});

t.test("a dry run shows the confidence of what it would store; CSV carries it", async (t) => {
  const res = await app.inject({
    method: "POST",
    url: "/documents?dryRun=true",
    headers: { authorization: `Bearer ${TEST_KEY}` },
    payload: {
      text: "NEW DELHI, March 12 (Wire) - Indian External Affairs Minister Subrahmanyam Jaishankar spoke by phone with Australian Foreign Minister Penny Wong on Tuesday.",
      publishedAt: "2024-03-12",
    },
  });
  t.equal(res.statusCode, 200);
  const [call] = res.json().extraction.events;
  t.match(call, { kind: "call", confidence: { place: null } });
  t.ok(call.confidence.event > 0 && call.confidence.event < 1);
  const csv = await app.inject("/meetings?format=csv&fields=confidence");
  t.match(csv.body.split("\n")[0], /^id,confidence,date_confidence,place_confidence/);
});

t.test(
  "organisations as parties: organization= filters, country= does not count their officials' passports",
  async (t) => {
    const text =
      "WASHINGTON, March 13 (Wire) - U.S. President Donald Trump met Mark Rutte in the Oval Office on Thursday, and the two discussed Ukraine.";
    const res = await app.inject({
      method: "POST",
      url: "/documents",
      headers: { authorization: `Bearer ${TEST_KEY}` },
      payload: { text, publishedAt: "2025-03-13" },
    });
    t.equal(res.statusCode, 201);
    const nato = (await getJson(t, app, "/meetings?organization=NATO")).data;
    t.equal(nato.length, 1);
    t.match(
      nato[0].participants.find((p: any) => p.id === "mark-rutte"),
      { country: null, organization: "NATO" },
    );
    const dutch = (await getJson(t, app, "/meetings?country=NL")).data;
    t.notOk(
      dutch.some((e: any) => e.id === nato[0].id),
      "the NATO Secretary General does not make it a Dutch meeting",
    );
    t.equal((await app.inject("/meetings?organization=OPEC")).statusCode, 400);
  },
);
