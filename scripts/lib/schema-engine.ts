// Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm, the
// build the CLI itself ships), driven through a driver adapter: better-sqlite3 for a
// file, pg for a postgres:// URL. It needs no native binary download, so it can write
// migration SQL and check for drift here.
import fs from "node:fs";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { EXTERNAL_TABLES, PG_EXTERNAL_TABLES } from "../../src/data/db/external-tables.ts";

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = new URL("../../prisma/schema.prisma", import.meta.url);
export const PG_SCHEMA_PATH = new URL("../../prisma/postgres/schema.prisma", import.meta.url);

const isPostgres = (target: string) => /^postgres(ql)?:\/\//.test(target);
/** The schema file for a target: a SQLite file path or a postgres:// URL. */
const schemaFor = (target: string) =>
  fs.readFileSync(isPostgres(target) ? PG_SCHEMA_PATH : SCHEMA_PATH, "utf8");
// The search index is tables the models do not describe: FTS5's on SQLite, "SearchText"
// on PostgreSQL (which needs schema-qualified names here).
const filtersFor = (target: string) => ({
  externalTables: isPostgres(target) ? PG_EXTERNAL_TABLES.map((t) => `public.${t}`) : EXTERNAL_TABLES,
  externalEnums: [],
});

// Typed here because the project compiles without the DOM lib that declares it.
const { WebAssembly: Wasm } = globalThis as unknown as {
  WebAssembly: {
    instantiate(
      bytes: Uint8Array,
      imports: object,
    ): Promise<{ instance: { exports: Record<string, unknown> } }>;
  };
};

// The engine reports a Rust panic's message here before it throws; without a registry
// the report itself fails and hides the message.
const panics = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
panics.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message: (m) => {
    console.error(`schema engine panic: ${m}`);
  },
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

// The engine reads PostgreSQL's catalogs, where flags such as pg_constraint.contype
// have the one-byte type "char" (OID 18), which @prisma/adapter-pg 7.10 does not map and
// so refuses. Its text form is the letter itself, so the connections made for the
// engine report it as text (OID 25). Only this tool's connections are changed.
type PgIO = { performIO(q: unknown): Promise<{ fields: { dataTypeID: number }[] }> };
function charAsText<T>(connection: T): T {
  const io = connection as unknown as PgIO;
  const performIO = io.performIO.bind(io);
  io.performIO = async (q) => {
    const result = await performIO(q);
    for (const f of result.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return result;
  };
  return connection;
}

function postgresFactory(url: string) {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  const shadow = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => charAsText(await connect());
  factory.connectToShadowDb = async () => charAsText(await shadow());
  return factory;
}

async function engineFor(target: string, schema: string) {
  await loadWasm();
  const adapter = isPostgres(target)
    ? postgresFactory(target)
    : new PrismaBetterSqlite3({ url: `file:${target}` });
  const factory = bindMigrationAwareSqlAdapterFactory(adapter);
  return bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, factory);
}

const schemaFiles = (schema: string) => [{ path: "schema.prisma", content: schema }];

/**
 * SQL that takes an empty database to the schema: the body of a first migration. For
 * PostgreSQL pass a reachable URL (the engine connects, though it reads nothing).
 */
export async function sqlFromEmpty(target = ":memory:", schema = schemaFor(target)): Promise<string> {
  const engine = await engineFor(target, schema);
  const r = await engine.diff({
    from: { tag: "empty" },
    to: { tag: "schemaDatamodel", files: schemaFiles(schema) },
    script: true,
    exitCode: null,
    filters: filtersFor(target),
  });
  return r.stdout ?? "";
}

/**
 * SQL that takes a live (migrated) database to the schema: "" when they match. It is
 * both the drift check and the body of the next migration.
 */
export async function sqlFromDatabase(target: string, schema = schemaFor(target)): Promise<string> {
  const engine = await engineFor(target, schema);
  const r = await engine.diff({
    from: { tag: "schemaDatasource", files: schemaFiles(schema), configDir: process.cwd() },
    to: { tag: "schemaDatamodel", files: schemaFiles(schema) },
    script: true,
    exitCode: true,
    filters: filtersFor(target),
  });
  return r.exitCode === 0 ? "" : (r.stdout ?? "");
}

/** What Prisma would change to make the live database match the schema ("" when nothing). */
export const driftFromSchema = sqlFromDatabase;

/** Prisma's own reading of the migration history against prisma/migrations. */
export async function diagnoseHistory(target: string, migrationsDir: string) {
  const engine = await engineFor(target, schemaFor(target));
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
    filters: filtersFor(target),
  });
}
