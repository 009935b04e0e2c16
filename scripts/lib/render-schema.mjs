// prisma/schema.prisma is the one source of truth for the data model. Prisma cannot
// switch providers at run time, so the PostgreSQL client is generated from a copy that
// differs only in its datasource provider and its generator output; this renders that
// copy. test/data/db/schema-render.test.ts fails when the committed copy falls behind.
import fs from "node:fs";

export const SQLITE_SCHEMA = new URL("../../prisma/schema.prisma", import.meta.url);
export const POSTGRES_SCHEMA = new URL("../../prisma/postgres/schema.prisma", import.meta.url);

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:render`: edit that file, not this one.\n" +
  "// The models are the same; only the provider and the generated client's folder differ.\n\n";

function replaceOnce(text, from, to) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`schema.prisma must contain exactly one ${JSON.stringify(from)}`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The PostgreSQL schema for a SQLite schema text. */
export function renderPostgresSchema(sqlite) {
  let pg = replaceOnce(sqlite, 'provider = "sqlite"', 'provider = "postgresql"');
  pg = replaceOnce(
    pg,
    'output       = "../src/generated/prisma"',
    'output       = "../../src/generated/prisma-pg"',
  );
  return HEADER + pg;
}

/** Writes prisma/postgres/schema.prisma; returns true when it changed. */
export function writePostgresSchema() {
  const next = renderPostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const prev = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (prev === next) return false;
  fs.writeFileSync(POSTGRES_SCHEMA, next);
  return true;
}
