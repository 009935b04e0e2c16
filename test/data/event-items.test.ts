import t, { type Test } from "tap";
import { staleOtherFormats, storeItems } from "../../src/data/event-items.ts";
import { build, TEST_KEY } from "../helper.ts";
import { PG_URL, tempPostgres } from "../pg.ts";

// Lists are written from each event's stored item (migration 20261206140000_event_items):
// a stored item must be the bytes the list's serializer writes for that event, a stale
// one must be built the same way, and every change to what an item shows must make it
// stale in the statement that makes the change.

const LISTS = [
  "/events?limit=100",
  "/meetings?limit=100&sort=-sourceCount&count=true",
  "/meetings?limit=7&sort=date&official=joe-biden",
];

async function suite(t: Test, database?: string) {
  // No response cache: the changes below go straight to the tables, past the dataset version.
  const app = await build(t, {
    apiKeys: [TEST_KEY],
    responseCacheSize: 0,
    ...(database ? { database } : {}),
  });
  const stale = async () => {
    const rows = await app.db.$queryRawUnsafe<{ eventId: string }[]>(
      `SELECT "eventId" FROM "EventItem" WHERE "json" IS NULL ORDER BY "eventId"`,
    );
    return rows.map((r) => r.eventId);
  };
  const body = async (url: string) => {
    const res = await app.inject(url);
    t.equal(res.statusCode, 200, url);
    return res.body;
  };
  // facets= takes the path that maps and serialises each item: the same page, then facets.
  const serialised = async (url: string) => {
    const b = await body(`${url}&facets=kind`);
    const at = b.lastIndexOf(',"facets":');
    return `${b.slice(0, at)}}`;
  };

  await t.test("a stored page is the serializer's page, to the byte", async (t) => {
    t.same(await stale(), [], "the helper stored every item after the seed");
    for (const url of LISTS) t.equal(await body(url), await serialised(url), url);
  });

  await t.test("stale items are built as they would be stored", async (t) => {
    const stored = await Promise.all(LISTS.map(body));
    await app.db.$executeRawUnsafe(`UPDATE "EventItem" SET "json" = NULL`);
    t.ok((await stale()).length > 10);
    t.same(await Promise.all(LISTS.map(body)), stored, "built afresh: the same bodies");
    t.ok((await storeItems(app.db, 10_000)) > 10);
    t.same(await stale(), []);
    t.same(await Promise.all(LISTS.map(body)), stored, "stored again: the same bodies");
  });

  await t.test("items another format wrote are not served, and are made stale at start-up", async (t) => {
    const stored = await Promise.all(LISTS.map(body));
    await app.db.$executeRawUnsafe(`UPDATE "EventItem" SET "format" = 'older', "json" = '{"id":"stale"}'`);
    t.same(await Promise.all(LISTS.map(body)), stored, "read as stale: built afresh");
    t.same(await stale(), [], "(the rows still hold the other format's text)");
    await staleOtherFormats(app.db);
    t.ok((await stale()).length > 10, "staleOtherFormats makes them stale");
    await storeItems(app.db, 10_000);
    t.same(await Promise.all(LISTS.map(body)), stored);
  });

  await t.test("rewriting a name with the same value makes nothing stale", async (t) => {
    const xi = await app.db.official.findUniqueOrThrow({ where: { id: "xi-jinping" } });
    await app.db.official.update({ where: { id: xi.id }, data: { name: xi.name, country: xi.country } });
    const taiwan = await app.db.topic.findUniqueOrThrow({ where: { id: "taiwan" } });
    await app.db.topic.update({ where: { id: taiwan.id }, data: { name: taiwan.name } });
    t.same(await stale(), [], "the reference loader rewrites every name on each ingest");
  });

  const ids = (rows: { eventId: string }[]) => [...new Set(rows.map((r) => r.eventId))].sort();

  await t.test("each change makes the items that show it stale", async (t) => {
    const event = "2023-11-15-biden-xi-woodside";
    const changes: [string, () => Promise<unknown>, string[] | (() => Promise<string[]>)][] = [
      [
        "an event's title",
        () => app.db.event.update({ where: { id: event }, data: { title: "T" } }),
        [event],
      ],
      [
        "an official's name",
        () => app.db.official.update({ where: { id: "xi-jinping" }, data: { name: "Xi J." } }),
        async () => ids(await app.db.participant.findMany({ where: { officialId: "xi-jinping" } })),
      ],
      [
        "a topic's name",
        () => app.db.topic.update({ where: { id: "taiwan" }, data: { name: "Taiwan Strait" } }),
        async () => ids(await app.db.eventTopic.findMany({ where: { topicId: "taiwan" } })),
      ],
      [
        "a participant removed",
        () =>
          app.db.participant.delete({
            where: { eventId_officialId: { eventId: event, officialId: "xi-jinping" } },
          }),
        [event],
      ],
      [
        "a topic added",
        () => app.db.eventTopic.create({ data: { eventId: event, topicId: "climate" } }),
        [event],
      ],
      [
        "a source removed",
        async () => {
          const s = await app.db.eventSource.findFirstOrThrow({ where: { eventId: event } });
          await app.db.eventSource.delete({
            where: { eventId_documentId: { eventId: event, documentId: s.documentId } },
          });
        },
        [event],
      ],
      [
        "a curation entry",
        () =>
          app.db.curation.create({
            data: { key: "items-test", eventId: event, action: "set", by: "test", reason: "test" },
          }),
        [event],
      ],
    ];
    for (const [what, change, expected] of changes) {
      await change();
      const want = typeof expected === "function" ? await expected() : expected;
      t.ok(want.length > 0, `${what}: some event shows it`);
      t.same(await stale(), want, `${what}: exactly its events are stale`);
      await storeItems(app.db, 10_000);
      for (const url of LISTS) t.equal(await body(url), await serialised(url), `${what}: ${url}`);
    }
    const page = JSON.parse(await body("/events?limit=100")) as { data: { id: string; title: string }[] };
    t.equal(page.data.find((e) => e.id === event)?.title, "T", "the list shows the last change");
  });

  await t.test("a write over HTTP leaves no item stale", async (t) => {
    const id = "2023-11-15-biden-xi-woodside";
    const res = await app.inject({
      method: "POST",
      url: `/events/${id}/corrections`,
      headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": "*" },
      payload: { reason: "A test of stored list items: a clearer title.", set: { title: "Woodside summit" } },
    });
    t.equal(res.statusCode, 200, res.body);
    t.same(await stale(), [], "stored by the write queue after the write");
    const page = JSON.parse(await body("/meetings?limit=100")) as { data: { id: string; title: string }[] };
    t.equal(page.data.find((e) => e.id === id)?.title, "Woodside summit");
    for (const url of LISTS) t.equal(await body(url), await serialised(url), url);
  });
}

t.test("SQLite", (t) => suite(t));
t.test("PostgreSQL", { skip: PG_URL ? false : "PG_URL is not set" }, async (t) =>
  suite(t, await tempPostgres(t)),
);
