import type { Position } from "../lib/cursor.ts";
import { keysetAfter, pageOf } from "../lib/keyset.ts";
import type { OfficialDetail, OfficialItem } from "../schemas/official.ts";
import type { Db } from "./db/client.ts";
import { knownEvent } from "./rules/known.ts";

const include = (asOf?: string) => ({
  aliases: { orderBy: { alias: "asc" as const } },
  _count: { select: { participants: { where: { event: { isMeeting: true, ...knownEvent(asOf) } } } } },
});

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
      include: include(asOf),
    });
    const { page, next } = pageOf(rows, limit, (r) => r.name);
    return { items: page.map(toItem), next };
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
  _count: { participants: number };
};

function toItem(r: Row): OfficialItem {
  return {
    id: r.id,
    name: r.name,
    country: r.country,
    aliases: r.aliases.map((a) => a.alias).filter((a) => a !== r.name),
    meetingCount: r._count.participants,
  };
}

/**
 * The official with their dated roles, or null: what GET /officials/{id} answers, and
 * what the change log keeps of each version (read inside the writing transaction).
 */
export async function readOfficialDetail(
  client: Pick<Db, "official">,
  id: string,
  asOf?: string,
): Promise<OfficialDetail | null> {
  return (await readOfficialDetails(client, [id], asOf)).get(id) ?? null;
}

/** Several officials at once, by id; those that do not exist are absent from the map. */
export async function readOfficialDetails(
  client: Pick<Db, "official">,
  ids: string[],
  asOf?: string,
): Promise<Map<string, OfficialDetail>> {
  const rows = ids.length
    ? await client.official.findMany({
        where: { id: { in: ids } },
        include: { ...include(asOf), roles: { orderBy: [{ startDate: "asc" }, { id: "asc" }] } },
      })
    : [];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ...toItem(row),
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
