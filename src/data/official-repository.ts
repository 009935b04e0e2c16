import { z } from "zod";
import type { Position } from "../lib/cursor.ts";
import { keysetAfter, pageOf } from "../lib/keyset.ts";
import type { OfficialDetail, OfficialItem } from "../schemas/official.ts";
import type { Db } from "./db/client.ts";
import { Int, query, replicaReader } from "./query.ts";
import { knownBy } from "./rules/known.ts";

const include = { aliases: { orderBy: { alias: "asc" as const } } };

type Client = Pick<Db, "official" | "$queryRawUnsafe">;

/**
 * Meetings per official (known by `asOf`). Prisma's relation _count grouped every
 * participant row of the database first; joining each participant row to its event
 * still cost 40 ms for two officials with 4,000 events each at 100k events. Every write
 * records its officials' new versions, counts included, so the count is a range of the
 * (officialId, isMeeting) index (Participant.isMeeting is the event's, kept by triggers):
 * 1 ms. As of a day, which events were known then needs the events themselves.
 */
async function meetingCounts(client: Client, ids: string[], asOf?: string): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const marks = ids.map(() => "?").join(", ");
  const rows = await query(
    replicaReader(client),
    z.object({ id: z.string(), n: Int }),
    asOf
      ? `SELECT p."officialId" AS "id", count(*) AS "n" FROM "Participant" p JOIN "Event" e ON e."id" = p."eventId"
         WHERE p."officialId" IN (${marks}) AND e."isMeeting" = TRUE AND ${knownBy("e")} GROUP BY p."officialId"`
      : `SELECT p."officialId" AS "id", count(*) AS "n" FROM "Participant" p
         WHERE p."officialId" IN (${marks}) AND p."isMeeting" = TRUE GROUP BY p."officialId"`,
    [...ids, ...(asOf ? [asOf] : [])],
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

export class OfficialRepository {
  constructor(private readonly db: Db) {}

  private where(filter: { country?: string; q?: string }) {
    const q = filter.q;
    return [
      filter.country ? { country: filter.country } : {},
      q
        ? {
            OR: [
              { name: { contains: q } },
              { aliases: { some: { alias: { contains: q } } } },
              { id: { contains: q } },
            ],
          }
        : {},
    ];
  }

  count(filter: { country?: string; q?: string }): Promise<number> {
    return this.db.official.count({ where: { AND: this.where(filter) } });
  }

  async list(filter: { country?: string; q?: string }, limit: number, after?: Position, asOf?: string) {
    const rows = await this.db.official.findMany({
      where: {
        AND: [...this.where(filter), keysetAfter("name", "asc", after)],
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: limit + 1,
      include,
    });
    const { page, next } = pageOf(rows, limit, (r) => r.name);
    const counts = await meetingCounts(
      this.db,
      page.map((r) => r.id),
      asOf,
    );
    return { items: page.map((r) => toItem(r, counts)), next };
  }

  get(id: string, asOf?: string): Promise<OfficialDetail | null> {
    return readOfficialDetail(this.db, id, asOf);
  }

  /** Ids from the list that name no official. */
  async missing(ids: string[]): Promise<string[]> {
    const found = await this.db.official.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const have = new Set(found.map((f) => f.id));
    return ids.filter((id) => !have.has(id));
  }
}

type Row = {
  id: string;
  name: string;
  country: string;
  aliases: { alias: string }[];
};

function toItem(r: Row, counts: Map<string, number>): OfficialItem {
  return {
    id: r.id,
    name: r.name,
    country: r.country,
    aliases: r.aliases.map((a) => a.alias).filter((a) => a !== r.name),
    meetingCount: counts.get(r.id) ?? 0,
  };
}

/**
 * The official with their dated roles, or null: what GET /officials/{id} answers, and
 * what the change log keeps of each version (read inside the writing transaction).
 */
export async function readOfficialDetail(
  client: Client,
  id: string,
  asOf?: string,
): Promise<OfficialDetail | null> {
  return (await readOfficialDetails(client, [id], asOf)).get(id) ?? null;
}

/** Several officials at once, by id; those that do not exist are absent from the map. */
export async function readOfficialDetails(
  client: Client,
  ids: string[],
  asOf?: string,
): Promise<Map<string, OfficialDetail>> {
  const rows = ids.length
    ? await client.official.findMany({
        where: { id: { in: ids } },
        include: { ...include, roles: { orderBy: [{ startDate: "asc" }, { id: "asc" }] } },
      })
    : [];
  const counts = await meetingCounts(
    client,
    rows.map((r) => r.id),
    asOf,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...toItem(row, counts),
        roles: row.roles.map((r) => ({
          title: r.title,
          organisation: r.organisation,
          country: r.country,
          organization: r.organization as OfficialDetail["roles"][number]["organization"],
          from: r.startDate,
          to: r.endDate,
          source: r.source,
        })),
      },
    ]),
  );
}
