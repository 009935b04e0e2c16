import type { Summit } from "../generated/prisma/client.ts";
import type { Position } from "../lib/cursor.ts";
import { pageById } from "../lib/keyset.ts";
import type { SummitItem } from "../schemas/summit.ts";
import type { Db } from "./db/client.ts";
import { knownEvent } from "./rules/known.ts";

const include = (asOf?: string) => ({
  _count: { select: { events: { where: { isMeeting: true, ...knownEvent(asOf) } } } },
});

export class SummitRepository {
  constructor(private readonly db: Db) {}

  count(): Promise<number> {
    return this.db.summit.count();
  }

  async list(limit: number, after?: Position, asOf?: string) {
    const { page, next } = await pageById(
      (q) => this.db.summit.findMany({ ...q, include: include(asOf) }),
      limit,
      after,
    );
    return { items: page.map(toItem), next };
  }

  /** The summit; its meetings come from the event repository. */
  async get(id: string, asOf?: string): Promise<SummitItem | null> {
    const row = await this.db.summit.findUnique({ where: { id }, include: include(asOf) });
    return row ? toItem(row) : null;
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
