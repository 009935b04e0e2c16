import { z } from "zod";
import type { Db } from "./db/client.ts";
import { prismaReader, query } from "./query.ts";

type Check = { ok: true; migrations: number } | { ok: false; reason: string };

export class HealthRepository {
  /** @param replicas read replicas (PostgreSQL), each checked like the primary. */
  constructor(
    private readonly db: Db,
    private readonly expectedMigrations: string[],
    private readonly replicas: Db[] = [],
  ) {}

  /** Applied migration count, or the reason the database (or a replica) is not ready. */
  async check(): Promise<(Check & { ok: false }) | { ok: true; migrations: number; replicas: number }> {
    const primary = await this.checkOne(this.db, "database");
    if (!primary.ok) return primary;
    const replicas = await Promise.all(
      this.replicas.map((r, i) => this.checkOne(r, `read replica ${i + 1} of ${this.replicas.length}`)),
    );
    const down = replicas.find((r): r is Check & { ok: false } => !r.ok);
    if (down) return down;
    return { ...primary, replicas: this.replicas.length };
  }

  private async checkOne(db: Db, what: string): Promise<Check> {
    try {
      const rows = await query(
        prismaReader(db),
        z.object({ migration_name: z.string() }),
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      const applied = new Set(rows.map((r) => r.migration_name));
      const pending = this.expectedMigrations.filter((m) => !applied.has(m));
      if (pending.length)
        return { ok: false, reason: `${what}: migrations not applied: ${pending.join(", ")}` };
      return { ok: true, migrations: applied.size };
    } catch {
      return { ok: false, reason: `${what} unreachable` };
    }
  }
}
