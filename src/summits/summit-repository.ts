import type { Db } from "../db/client.ts";
import { eventInclude, toEventItem } from "../events/event-mapper.ts";
import { curatedIds } from "../events/event-repository.ts";
import type { Summit } from "../generated/prisma/client.ts";
import type { Position } from "../lib/cursor.ts";
import { keysetAfter, pageOf } from "../lib/keyset.ts";
import type { SummitItem } from "../schemas/summit.ts";

const include = { _count: { select: { events: { where: { isMeeting: true } } } } };

export class SummitRepository {
  constructor(private readonly db: Db) {}

  count(): Promise<number> {
    return this.db.summit.count();
  }

  async list(limit: number, after?: Position) {
    const rows = await this.db.summit.findMany({
      where: keysetAfter("id", "asc", after),
      orderBy: { id: "asc" },
      take: limit + 1,
      include,
    });
    const { page, next } = pageOf(rows, limit, (r) => r.id);
    return { items: page.map(toItem), next };
  }

  async get(id: string) {
    const row = await this.db.summit.findUnique({
      where: { id },
      include: {
        ...include,
        events: {
          where: { isMeeting: true },
          orderBy: [{ sortDate: "asc" }, { id: "asc" }],
          include: eventInclude,
        },
      },
    });
    if (!row) return null;
    const curated = await curatedIds(
      this.db,
      row.events.map((e) => e.id),
    );
    return { ...toItem(row), meetings: row.events.map((e) => toEventItem(e, curated)) };
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.summit.count({ where: { id } })) > 0;
  }
}

function toItem(s: Summit & { _count: { events: number } }): SummitItem {
  return {
    id: s.id,
    name: s.name,
    series: s.series,
    date: { start: s.startDate, end: s.endDate, precision: s.precision as SummitItem["date"]["precision"] },
    place: { venue: null, city: s.city, region: s.region, country: s.country },
    source: s.source,
    meetingCount: s._count.events,
  };
}
