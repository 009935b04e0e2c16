import { z } from "zod";
import type { Db } from "./db/client.ts";
import { prismaReader, query } from "./query.ts";

export class HealthRepository {
  constructor(
    private readonly db: Db,
    private readonly expectedMigrations: string[],
  ) {}

  /** Applied migration count, or the reason the database is not ready. */
  async check(): Promise<{ ok: true; migrations: number } | { ok: false; reason: string }> {
    try {
      const rows = await query(
        prismaReader(this.db),
        z.object({ migration_name: z.string() }),
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      const applied = new Set(rows.map((r) => r.migration_name));
      const pending = this.expectedMigrations.filter((m) => !applied.has(m));
      if (pending.length) return { ok: false, reason: `migrations not applied: ${pending.join(", ")}` };
      return { ok: true, migrations: applied.size };
    } catch {
      return { ok: false, reason: "database unreachable" };
    }
  }
}
