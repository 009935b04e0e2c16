import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import t, { type Test } from "tap";
import { PG_EXTERNAL_TABLES } from "../../src/data/db/external-tables.ts";
import { migrate, readMigrations } from "../../src/data/db/migrate.ts";
import { PG_MIGRATIONS_DIR } from "../../src/data/db/migrate-pg.ts";
import { CHECKPOINT_TABLE } from "../../src/data/write/rebuild-checkpoint.ts";
import { tempDir } from "../helper.ts";

// The SQL builders name tables and columns in strings the compiler cannot check. Every
// name they use must exist in the schema the migrations (written from schema.prisma)
// create (test/data/db/migrate.test.ts checks those equal schema.prisma): a renamed
// column fails here, not as a 500 on the first request that runs it.

const DATA = path.resolve(import.meta.dirname, "../../src/data");
const KEYWORDS = new Set(["ON", "WHERE", "JOIN", "LEFT", "INNER", "GROUP", "ORDER", "LIMIT", "USING", "SET"]);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : d.name.endsWith(".ts") ? [p] : [];
  });
}

function schema(t: Test) {
  const db = new Database(path.join(tempDir(t), "names.db"));
  migrate(db);
  const tables = new Map<string, Set<string>>();
  for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
    name: string;
  }[]) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
    tables.set(name, new Set(["rowid", ...cols.map((c) => c.name)]));
  }
  db.close();
  // Tables only PostgreSQL has (its search text), as its migrations create them.
  for (const m of readMigrations(PG_MIGRATIONS_DIR)) {
    for (const [, name, body] of m.sql.matchAll(/CREATE TABLE "(\w+)" \(([\s\S]*?)\n\);/g)) {
      if (!PG_EXTERNAL_TABLES.includes(name as string)) continue;
      tables.set(
        name as string,
        new Set([...(body as string).matchAll(/^\s+"(\w+)"/gm)].map((c) => c[1] as string)),
      );
    }
  }
  // The rebuild's checkpoint, a table of the scratch database only.
  for (const [, name, body] of CHECKPOINT_TABLE.matchAll(/CREATE TABLE IF NOT EXISTS "(\w+)" \((.*)\)$/g))
    tables.set(
      name as string,
      new Set([...(body as string).matchAll(/"(\w+)" [A-Z]/g)].map((c) => c[1] as string)),
    );
  return tables;
}

t.test("every table and column the SQL names exists in the migrated schema", async (t) => {
  const tables = schema(t);
  const everyColumn = new Set([...tables.values()].flatMap((c) => [...c]));
  let checked = 0;
  for (const file of sources(DATA)) {
    const text = fs.readFileSync(file, "utf8");
    const where = path.relative(DATA, file);
    const aliases = new Map<string, Set<string>>();
    // A CTE's columns are its own query's: its name and the aliases bound to it are not checked.
    const ctes = new Set([...text.matchAll(/\b(?:WITH|,)\s+(\w+)\s+AS\s*\(/g)].map((m) => m[1] as string));
    const local = new Set<string>(ctes);
    for (const m of text.matchAll(/\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)/g))
      if (ctes.has(m[1] as string)) local.add(m[2] as string);
    // `"next"."Event"`: the same schema, attached under another name (re-extraction's scratch copy).
    for (const m of text.matchAll(
      /\b(?:FROM|JOIN|INTO|UPDATE)\s+(?:"(?:next|main)"\.)?"(\w+)"(?!\.)(?:\s+AS)?(?:\s+(\w+))?/g,
    )) {
      const [, table, alias] = m as unknown as [string, string, string | undefined];
      checked++;
      t.ok(tables.has(table), `${where}: table "${table}"`);
      if (alias && !KEYWORDS.has(alias.toUpperCase()))
        aliases.set(alias, new Set([...(aliases.get(alias) ?? []), table]));
    }
    for (const m of text.matchAll(/(?:\b(\w+)|"(\w+)")\."(\w+)"/g)) {
      const [, alias, quoted, column] = m as unknown as [
        string,
        string | undefined,
        string | undefined,
        string,
      ];
      if (local.has(alias ?? "") || quoted === "next" || quoted === "main") {
        if (quoted) t.ok(tables.has(column), `${where}: "${quoted}"."${column}" is a table`);
        continue;
      }
      const candidates = quoted ? [quoted] : [...(aliases.get(alias ?? "") ?? [])];
      const known = candidates.length
        ? candidates.some((c) => tables.get(c)?.has(column))
        : everyColumn.has(column);
      checked++;
      t.ok(known, `${where}: ${quoted ? `"${quoted}"` : alias}."${column}"`);
    }
  }
  t.ok(checked > 200, `${checked} names checked`);
});
