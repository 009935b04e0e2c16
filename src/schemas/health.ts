import { z } from "zod";

export const HealthSchema = z.object({ status: z.literal("ok") }).meta({ id: "Health" });
export const ReadySchema = z
  .object({
    status: z.literal("ready"),
    migrations: z.number().int().describe("Migrations applied"),
    replicas: z
      .number()
      .int()
      .describe("Read replicas checked, each reachable and migrated (PostgreSQL; 0 without)"),
  })
  .meta({ id: "Ready" });
