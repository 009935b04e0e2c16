// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, the
// build the CLI itself ships), driven through the better-sqlite3 adapter. It needs
// no native binary download, so it can write migration SQL and check for drift here.
import fs from "node:fs";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { EXTERNAL_TABLES } from "../../src/data/db/external-tables.ts";

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = new URL("../../prisma/schema.prisma", import.meta.url);
const FILTERS = { externalTables: EXTERNAL_TABLES, externalEnums: [] };

// Typed here because the project compiles without the DOM lib that declares it.
const { WebAssembly: Wasm } = globalThis as unknown as {
  WebAssembly: {
    instantiate(
      bytes: Uint8Array,
      imports: object,
    ): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
};

let loaded = false;
async function loadWasm(): Promise<void> {
  if (loaded) return;
  const wasmPath = require
    .resolve("@prisma/schema-engine-wasm")
    .replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
  const { instance } = await Wasm.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
}

async function engineFor(dbFile: string, schema: string) {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: `file:${dbFile}` }));
  return bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, factory);
}

const schemaFiles = (schema: string) => [{ path: "schema.prisma", content: schema }];

/** SQL that takes an empty database to the schema: the body of a first migration. */
export async function sqlFromEmpty(schema = fs.readFileSync(SCHEMA_PATH, "utf8")): Promise<string> {
  const engine = await engineFor(":memory:", schema);
  const r = await engine.diff({
    from: { tag: "empty" },
    to: { tag: "schemaDatamodel", files: schemaFiles(schema) },
    script: true,
    exitCode: null,
    filters: FILTERS,
  });
  return r.stdout ?? "";
}

/**
 * SQL that takes a live (migrated) database to the schema: "" when they match. It is
 * both the drift check and the body of the next migration.
 */
export async function sqlFromDatabase(
  dbFile: string,
  schema = fs.readFileSync(SCHEMA_PATH, "utf8"),
): Promise<string> {
  const engine = await engineFor(dbFile, schema);
  const r = await engine.diff({
    from: { tag: "schemaDatasource", files: schemaFiles(schema), configDir: process.cwd() },
    to: { tag: "schemaDatamodel", files: schemaFiles(schema) },
    script: true,
    exitCode: true,
    filters: FILTERS,
  });
  return r.exitCode === 0 ? "" : (r.stdout ?? "");
}

/** What Prisma would change to make the live database match the schema ("" when nothing). */
export const driftFromSchema = sqlFromDatabase;

/** Prisma's own reading of the migration history against prisma/migrations. */
export async function diagnoseHistory(dbFile: string, migrationsDir: string) {
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const engine = await engineFor(dbFile, schema);
  const dirs = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return engine.diagnoseMigrationHistory({
    migrationsList: {
      baseDir: migrationsDir,
      lockfile: {
        path: "migration_lock.toml",
        content: fs.readFileSync(`${migrationsDir}/migration_lock.toml`, "utf8"),
      },
      shadowDbInitScript: "",
      migrationDirectories: dirs.map((d) => ({
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: fs.readFileSync(`${migrationsDir}/${d}/migration.sql`, "utf8"),
          },
        },
      })),
    },
    optInToShadowDatabase: false,
    filters: FILTERS,
  });
}
