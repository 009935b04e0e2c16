import { defineConfig } from "prisma/config";

// The CLI reads DATABASE_URL only for migrate/db commands; generate does not need it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/summitry.db" },
});
