import t from "tap";
import { build, getJson } from "../helper.ts";

const app = await build(t);

t.test("lists officials by name with meeting counts", async (t) => {
  const body = await getJson(t, app, "/officials");
  const names = body.data.map((o: any) => o.name);
  t.same(names, [...names].sort());
  const biden = body.data.find((o: any) => o.id === "joe-biden");
  t.match(biden, { name: "Joe Biden", country: "US" });
  t.equal(biden.meetingCount, 4, "Woodside, Lima, the 2024 call, Wang in Washington");
  t.ok(biden.aliases.includes("Biden"));
});

t.test("country and q filters", async (t) => {
  const cn = await getJson(t, app, "/officials?country=CN");
  t.same(cn.data.map((o: any) => o.id).sort(), ["he-lifeng", "wang-yi", "xi-jinping", "xie-feng"]);
  const q = await getJson(t, app, "/officials?q=BLINK");
  t.same(
    q.data.map((o: any) => o.id),
    ["antony-blinken"],
    "case-insensitive",
  );
  const alias = await getJson(t, app, "/officials?q=President-elect");
  t.same(
    alias.data.map((o: any) => o.id),
    ["donald-trump"],
    "matches aliases",
  );
  t.same((await getJson(t, app, "/officials?q=nobody-at-all")).data, []);
  t.equal((await app.inject("/officials?country=ZZ")).statusCode, 400);
  t.equal((await app.inject("/officials?name=x")).statusCode, 400);
});

t.test("an official's detail has roles over time", async (t) => {
  const wang = await getJson(t, app, "/officials/wang-yi");
  t.same(
    wang.roles.map((r: any) => [r.title, r.from, r.to]),
    [
      ["Minister of Foreign Affairs", "2013-03-16", "2022-12-30"],
      ["Minister of Foreign Affairs", "2023-07-25", null],
    ],
  );
  t.ok(
    wang.roles.every((r: any) => r.source.length > 0),
    "every role names its source",
  );
  const trump = await getJson(t, app, "/officials/donald-trump");
  t.ok(
    trump.roles.some(
      (r: any) => r.title === "President-elect of the United States" && r.from === "2024-11-06",
    ),
  );
  t.equal((await app.inject("/officials/nobody")).statusCode, 404);
});

t.test("an official's meetings, with the meetings filters", async (t) => {
  const body = await getJson(t, app, "/officials/antony-blinken/meetings?sort=date");
  t.same(
    body.data.map((e: any) => e.id),
    [
      "2023-02-blinken-beijing-visit",
      "2023-06-blinken-xi-beijing",
      "2023-10-blinken-yellen-raimondo-beijing",
      "2023-10-wang-blinken-washington",
    ],
  );
  const held = await getJson(t, app, "/officials/antony-blinken/meetings?status=held");
  t.equal(held.data.length, 3, "all but the cancelled visit");
  t.equal((await app.inject("/officials/nobody/meetings")).statusCode, 404);
});

t.test("pagination walks every official once", async (t) => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: any = await getJson(t, app, `/officials?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
    seen.push(...page.data.map((o: any) => o.id));
    cursor = page.page.nextCursor;
  } while (cursor);
  t.equal(seen.length, 11);
  t.equal(new Set(seen).size, 11);
});
