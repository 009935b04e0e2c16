import { defineConfig } from "prisma/config";
import { EXTERNAL_TABLES } from "./src/data/db/external-tables.ts";

// The CLI reads DATABASE_URL only for migrate/db commands; generate does not need it.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The FTS5 search index is created by migration SQL, not modelled: without this,
  // migrate dev would read it as drift and offer to drop it.
  experimental: { externalTables: true },
  tables: { external: EXTERNAL_TABLES },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/summitry.db" },
});
