import type { Position } from "../lib/cursor.ts";
import { pageById } from "../lib/keyset.ts";
import type { TopicItem } from "../schemas/topic.ts";
import type { Db } from "./db/client.ts";
import { knownEvent } from "./rules/known.ts";

const include = (asOf?: string) => ({
  keywords: { orderBy: { keyword: "asc" as const } },
  _count: { select: { events: { where: { event: knownEvent(asOf) } } } },
});

export class TopicRepository {
  constructor(private readonly db: Db) {}

  count(): Promise<number> {
    return this.db.topic.count();
  }

  async list(limit: number, after?: Position, asOf?: string) {
    const { page, next } = await pageById(
      (q) => this.db.topic.findMany({ ...q, include: include(asOf) }),
      limit,
      after,
    );
    return { items: await this.withMeetingCounts(page, asOf), next };
  }

  async get(id: string, asOf?: string): Promise<TopicItem | null> {
    const row = await this.db.topic.findUnique({ where: { id }, include: include(asOf) });
    return row ? ((await this.withMeetingCounts([row], asOf))[0] ?? null) : null;
  }

  async missing(ids: string[]): Promise<string[]> {
    const found = await this.db.topic.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const have = new Set(found.map((f) => f.id));
    return ids.filter((id) => !have.has(id));
  }

  private async withMeetingCounts(
    rows: (Omit<TopicItem, "keywords" | "eventCount" | "meetingCount"> & {
      keywords: { keyword: string }[];
      _count: { events: number };
    })[],
    asOf?: string,
  ): Promise<TopicItem[]> {
    const meetings = await this.db.eventTopic.groupBy({
      by: ["topicId"],
      where: { topicId: { in: rows.map((r) => r.id) }, event: { isMeeting: true, ...knownEvent(asOf) } },
      _count: { _all: true },
    });
    const byTopic = new Map(meetings.map((m) => [m.topicId, m._count._all]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      keywords: r.keywords.map((k) => k.keyword),
      eventCount: r._count.events,
      meetingCount: byTopic.get(r.id) ?? 0,
    }));
  }
}
