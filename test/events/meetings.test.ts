import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);
const ids = (body: { data: { id: string }[] }) => body.data.map((e) => e.id);

t.test("lists meetings newest first with the documented item shape", async (t) => {
  const body = await getJson(t, app, "/meetings");
  t.ok(body.data.length > 5);
  t.same(body.page, { nextCursor: null, limit: 20 });
  const starts = body.data.map((e: any) => e.date.start ?? "");
  t.same(starts, [...starts].sort().reverse(), "sorted by date descending");
  const woodside = body.data.find((e: any) => e.id === "2023-11-15-biden-xi-woodside");
  t.match(woodside, {
    kind: "in_person",
    status: "held",
    date: { start: "2023-11-15", end: null, precision: "day" },
    place: { city: "Woodside", region: "California", country: "US" },
    summit: { id: "apec-2023", name: "APEC 2023" },
    sourceCount: 4,
  });
  t.same(
    woodside.participants.map((p: any) => [p.id, p.country, p.role]),
    [
      ["joe-biden", "US", "President of the United States"],
      ["xi-jinping", "CN", "President of the People's Republic of China"],
    ],
  );
  t.notOk(
    body.data.some((e: any) => ["statement", "incident", "announcement"].includes(e.kind)),
    "no context events",
  );
});

t.test("sort=date lists oldest first", async (t) => {
  const body = await getJson(t, app, "/meetings?sort=date&limit=3");
  t.same(ids(body), [
    "2023-02-blinken-beijing-visit",
    "2023-06-blinken-xi-beijing",
    "2023-10-blinken-yellen-raimondo-beijing",
  ]);
});

t.test("official filters require every official named", async (t) => {
  const both = await getJson(t, app, "/meetings?official=joe-biden&official=xi-jinping&sort=date");
  t.same(ids(both), ["2023-11-15-biden-xi-woodside", "2024-biden-xi-call", "2024-11-16-biden-xi-lima"]);
  const wang = await getJson(t, app, "/meetings?official=wang-yi");
  t.same(ids(wang).sort(), [
    "2023-10-wang-biden-washington",
    "2023-10-wang-blinken-washington",
    "2023-10-wang-yi-us-visit",
    "2024-sullivan-wang-beijing",
  ]);
});

t.test("topic filters require every topic", async (t) => {
  const taiwan = ids(await getJson(t, app, "/meetings?topic=taiwan"));
  t.ok(taiwan.includes("2024-sullivan-wang-beijing"));
  const both = ids(await getJson(t, app, "/meetings?topic=taiwan&topic=north-korea"));
  t.same(both, ["2024-11-16-biden-xi-lima"]);
});

t.test("date range keeps events whose date overlaps it, at any precision", async (t) => {
  const oct = ids(await getJson(t, app, "/meetings?from=2023-10-01&to=2023-10-31&sort=date"));
  t.same(oct, [
    "2023-10-blinken-yellen-raimondo-beijing",
    "2023-10-wang-biden-washington",
    "2023-10-wang-blinken-washington",
    "2023-10-wang-yi-us-visit",
  ]);
  const march = ids(await getJson(t, app, "/meetings?from=2024-03-01&to=2024-03-31"));
  t.same(
    march.sort(),
    ["2024-biden-xi-call", "2024-podesta-beijing-visit", "2024-sullivan-wang-beijing"],
    "year-precision 2024 events may fall in March",
  );
  const day = ids(await getJson(t, app, "/meetings?from=2024-11-16&to=2024-11-16"));
  t.ok(day.includes("2024-11-16-biden-xi-lima"));
  t.ok(day.includes("2024-biden-xi-call"), "a year-precision 2024 event may fall on that day");
  const month = ids(await getJson(t, app, "/meetings?from=2023-11&to=2023-11"));
  t.ok(month.includes("2023-11-yellen-he-talks"));
  t.notOk(month.includes("2023-10-wang-biden-washington"));
});

t.test("country, kind, status and summit filters", async (t) => {
  t.same(ids(await getJson(t, app, "/meetings?country=PE")), ["2024-11-16-biden-xi-lima"]);
  const cn = ids(await getJson(t, app, "/meetings?country=CN"));
  t.ok(cn.includes("2023-10-wang-biden-washington"), "a Chinese participant abroad counts");
  t.same(ids(await getJson(t, app, "/meetings?kind=call")), ["2024-biden-xi-call"]);
  t.same(ids(await getJson(t, app, "/meetings?kind=dinner&kind=call")).sort(), [
    "2023-11-15-xi-business-dinner",
    "2024-biden-xi-call",
  ]);
  t.same(ids(await getJson(t, app, "/meetings?status=cancelled")), ["2023-02-blinken-beijing-visit"]);
  t.same(ids(await getJson(t, app, "/meetings?summit=apec-2023")), ["2023-11-15-biden-xi-woodside"]);
});

t.test("limit=1 walks every meeting exactly once", async (t) => {
  for (const sort of ["date", "-date"]) {
    const all = ids(await getJson(t, app, `/meetings?limit=100&sort=${sort}`));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await getJson(
        t,
        app,
        `/meetings?limit=1&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      t.equal(page.data.length, 1);
      seen.push(...ids(page));
      cursor = page.page.nextCursor;
    } while (cursor && seen.length <= all.length);
    t.same(seen, all, `sort=${sort}`);
  }
});

t.test("a meeting's detail carries its sources with quotes and offsets", async (t) => {
  const m = await getJson(t, app, "/meetings/2023-11-15-biden-xi-woodside");
  t.equal(m.sources.length, 4);
  t.ok("summary" in m);
  t.same(
    m.sources.map((s: any) => s.status),
    ["held", "held", "scheduled", "expected"],
    "latest source first, each with the status it reported",
  );
  for (const s of m.sources) {
    const doc = await getJson(t, app, `/documents/${s.document.id}`);
    for (const ev of s.evidence)
      t.equal(doc.text.slice(ev.start, ev.end), ev.quote, `${s.document.id} ${ev.field}`);
  }
  const fields = new Set(m.sources.flatMap((s: any) => s.evidence.map((e: any) => e.field)));
  for (const f of ["event", "participant", "date", "place", "summit", "topic"])
    t.ok(fields.has(f), `evidence for ${f}`);
});

t.test("errors are problem+json naming the field", async (t) => {
  const cases: [string, number, string][] = [
    ["/meetings/no-such-meeting", 404, ""],
    ["/meetings/2023-02-spy-balloon-incident", 404, ""],
    ["/meetings/Not_A_Slug", 400, "id"],
    ["/meetings?from=2023-02-30", 400, "from"],
    ["/meetings?from=yesterday", 400, "from"],
    ["/meetings?from=2024-01-01&to=2023-01-01", 400, "to"],
    ["/meetings?offical=joe-biden", 400, "offical"],
    ["/meetings?limit=0", 400, "limit"],
    ["/meetings?limit=101", 400, "limit"],
    ["/meetings?limit=ten", 400, "limit"],
    ["/meetings?official=joe-bidn", 400, "official"],
    ["/meetings?topic=weather", 400, "topic"],
    ["/meetings?summit=g7-1975", 400, "summit"],
    ["/meetings?country=XX", 400, "country"],
    ["/meetings?country=us", 400, "country"],
    ["/meetings?kind=statement", 400, "kind.0"],
    ["/meetings?status=rumoured", 400, "status.0"],
    ["/meetings?sort=name", 400, "sort"],
    ["/meetings?cursor=forged", 400, "cursor"],
  ];
  for (const [url, status, field] of cases) {
    const res = await app.inject(url);
    t.equal(res.statusCode, status, url);
    t.match(res.headers["content-type"], /^application\/problem\+json/, `${url} content type`);
    const body = res.json();
    t.equal(body.status, status);
    if (field)
      t.ok(
        body.errors?.some((e: any) => e.field === field),
        `${url} names ${field}`,
        { errors: body.errors },
      );
  }
});

t.test("a cursor is bound to its sort order and cannot be edited", async (t) => {
  const page = await getJson(t, app, "/meetings?limit=2&sort=date");
  const cursor: string = page.page.nextCursor;
  t.equal((await app.inject(`/meetings?limit=2&sort=-date&cursor=${cursor}`)).statusCode, 400);
  t.equal(
    (await app.inject(`/events?limit=2&sort=date&cursor=${cursor}`)).statusCode,
    400,
    "not valid on /events",
  );
  const [payload, mac] = cursor.split(".");
  const forged = Buffer.from(JSON.stringify(["meetings:date", "0000", ""])).toString("base64url");
  t.not(forged, payload);
  t.equal((await app.inject(`/meetings?sort=date&cursor=${forged}.${mac}`)).statusCode, 400);
});
