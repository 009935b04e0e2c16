import t, { type Test } from "tap";
import { build, TEST_KEY } from "../helper.ts";
import { PG_URL, tempPostgres } from "../pg.ts";

// Participant rows carry their event's dateMin and dateMax for the coreference lookup
// (migration 20261205140000_participant_dates), and its isMeeting for officials' meeting
// counts (20261206090000_participant_meeting); triggers keep the copies in step with
// every way an event is written: the loader, corrections, merges and re-extraction.

async function suite(t: Test, database?: string) {
  const app = await build(t, { apiKeys: [TEST_KEY], ...(database ? { database } : {}) });
  const outOfStep = async () =>
    app.db.$queryRawUnsafe<{ n: number | bigint }[]>(
      `SELECT count(*) AS n FROM "Participant" p JOIN "Event" e ON e."id" = p."eventId"
     WHERE p."dateMin" IS DISTINCT FROM e."dateMin" OR p."dateMax" IS DISTINCT FROM e."dateMax"
        OR p."isMeeting" <> e."isMeeting"`,
    );

  await t.test("after the seed, every participant has its event's dates", async (t) => {
    const [row] = await outOfStep();
    t.equal(Number(row?.n), 0);
    const dated = await app.db.participant.count({ where: { dateMin: { not: null } } });
    t.ok(dated > 10, "and they are set");
    const meeting = await app.db.participant.count({ where: { isMeeting: true } });
    t.ok(meeting > 10, "and the meetings' participants say so");
  });

  await t.test("a correction that moves an event's date moves its participants' too", async (t) => {
    const id = "2023-11-15-biden-xi-woodside";
    const res = await app.inject({
      method: "POST",
      url: `/events/${id}/corrections`,
      headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": "*" },
      payload: {
        reason: "A test of the date copies: the meeting moved a day.",
        set: { date: { start: "2023-11-16", end: null, precision: "day" } },
      },
    });
    t.equal(res.statusCode, 200, res.body);
    const rows = await app.db.participant.findMany({ where: { eventId: id } });
    t.ok(rows.length >= 2);
    t.ok(rows.every((p) => p.dateMin === "2023-11-16" && p.dateMax === "2023-11-16"));
    const [row] = await outOfStep();
    t.equal(Number(row?.n), 0);
  });

  await t.test("a correction that makes a meeting a statement takes it off the count", async (t) => {
    const id = "2023-11-15-biden-xi-woodside";
    const count = async () =>
      (JSON.parse((await app.inject(`/officials/xi-jinping`)).body) as { meetingCount: number }).meetingCount;
    const before = await count();
    const res = await app.inject({
      method: "POST",
      url: `/events/${id}/corrections`,
      headers: { authorization: `Bearer ${TEST_KEY}`, "if-match": "*" },
      payload: { reason: "A test of the meeting copies: read as a statement.", set: { kind: "statement" } },
    });
    t.equal(res.statusCode, 200, res.body);
    const rows = await app.db.participant.findMany({ where: { eventId: id } });
    t.ok(rows.length >= 2 && rows.every((p) => !p.isMeeting));
    t.equal(await count(), before - 1, "GET /officials/xi-jinping counts one meeting fewer");
    const [row] = await outOfStep();
    t.equal(Number(row?.n), 0);
  });
}

t.test("SQLite", (t) => suite(t));
t.test("PostgreSQL", { skip: PG_URL ? false : "PG_URL is not set" }, async (t) =>
  suite(t, await tempPostgres(t)),
);
