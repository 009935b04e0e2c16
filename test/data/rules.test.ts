import t from "tap";
import { knownBy, knownEvent } from "../../src/data/rules/known.ts";
import { laterFirst } from "../../src/data/rules/status.ts";
import { reportedSql } from "../../src/data/sql/status-sql.ts";
import { lastDay } from "../../src/lib/partial-date.ts";
import { build } from "../helper.ts";

// Two rules are written twice, once for Prisma or TypeScript and once in SQL; on the
// seeded database both forms must give the same answer for every event.

// Days around the seed's publication dates: before any, between them, after all.
const DAYS = [
  "2019-12-31",
  "2023-11-14",
  "2023-11-16",
  "2024-06-30",
  "2024-11-16",
  "2024-11-30",
  "2099-01-01",
];

t.test("knownBy (SQL) and knownEvent (Prisma) select the same events", async (t) => {
  const app = await build(t);
  const sizes = new Set<number>();
  for (const day of DAYS) {
    const sql = await app.db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT e."id" FROM "Event" e WHERE ${knownBy("e")} ORDER BY e."id"`,
      day,
    );
    const prisma = await app.db.event.findMany({
      where: knownEvent(day),
      select: { id: true },
      orderBy: { id: "asc" },
    });
    t.same(
      sql.map((r) => r.id),
      prisma.map((r) => r.id),
      `as of ${day}`,
    );
    sizes.add(sql.length);
  }
  // The days must tell events apart, or the comparison proves nothing.
  t.ok(sizes.size >= 3, `the days select ${[...sizes].join(", ")} events`);
});

t.test("reportedSql and laterFirst give each event the same status", async (t) => {
  const app = await build(t);
  const sources = await app.db.eventSource.findMany({
    include: { document: { select: { publishedAt: true } } },
  });
  const byEvent = new Map<string, typeof sources>();
  for (const s of sources) byEvent.set(s.eventId, [...(byEvent.get(s.eventId) ?? []), s]);
  t.ok(
    [...byEvent.values()].some((list) => new Set(list.map((s) => s.status)).size > 1),
    "some event has reports that disagree",
  );
  for (const day of [undefined, ...DAYS]) {
    const { status } = reportedSql(day !== undefined, "e");
    const rows = await app.db.$queryRawUnsafe<{ id: string; status: string | null }[]>(
      `SELECT e."id", ${status} AS "status" FROM "Event" e`,
      ...(day ? [day, day] : []),
    );
    for (const row of rows) {
      const known = (byEvent.get(row.id) ?? []).filter((s) => day === undefined || s.publishedSort <= day);
      const first = known.sort(laterFirst)[0];
      t.equal(row.status, first?.status ?? null, `${row.id} as of ${day ?? "now"}`);
    }
  }
});

t.test("both forms agree on every pair of reports a document can give", async (t) => {
  const app = await build(t, { seed: false });
  const pubs = [null, "2024", "2024-11", "2024-11-17", "2024-11-20", "2025-01-02"];
  const statuses = ["expected", "scheduled", "held", "cancelled"];
  await app.db.document.createMany({
    data: pubs.map((p, i) => ({
      id: `doc-${i}`,
      publishedAt: p,
      publishedSort: p ? lastDay(p) : "0000",
      text: `Report ${i}.`,
      sha256: `sha-${i}`,
    })),
  });
  const events: {
    id: string;
    title: string;
    kind: string;
    isMeeting: boolean;
    status: string;
    sortDate: string;
  }[] = [];
  const sources: { eventId: string; documentId: string; status: string; publishedSort: string }[] = [];
  for (const [i, a] of pubs.entries())
    for (const [j, b] of pubs.entries()) {
      if (i >= j) continue;
      for (const sa of statuses)
        for (const sb of statuses) {
          const id = `e-${i}-${j}-${sa}-${sb}`;
          events.push({
            id,
            title: id,
            kind: "talks",
            isMeeting: true,
            status: "expected",
            sortDate: "0000",
          });
          sources.push({
            eventId: id,
            documentId: `doc-${i}`,
            status: sa,
            publishedSort: a ? lastDay(a) : "0000",
          });
          sources.push({
            eventId: id,
            documentId: `doc-${j}`,
            status: sb,
            publishedSort: b ? lastDay(b) : "0000",
          });
        }
    }
  await app.db.event.createMany({ data: events });
  await app.db.eventSource.createMany({ data: sources });
  const rows = await app.db.$queryRawUnsafe<{ id: string; status: string }[]>(
    `SELECT e."id", ${reportedSql(false, "e").status} AS "status" FROM "Event" e`,
  );
  const pubOf = new Map(pubs.map((p, i) => [`doc-${i}`, p]));
  let agree = 0;
  for (const row of rows) {
    const reports = sources
      .filter((s) => s.eventId === row.id)
      .map((s) => ({ status: s.status, document: { publishedAt: pubOf.get(s.documentId) ?? null } }));
    const first = reports.sort(laterFirst)[0];
    if (row.status === first?.status) agree++;
    else t.fail(`${row.id}: SQL ${row.status}, laterFirst ${first?.status}`);
  }
  t.equal(agree, events.length, `all ${events.length} events agree`);
});
