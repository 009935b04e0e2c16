import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import fs from "node:fs";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const wasmPath = require.resolve("@prisma/schema-engine-wasm").replace(/schema_engine\.js$/, "schema_engine_bg.wasm");
const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports); instance.exports.__wbindgen_start();
const schema = fs.readFileSync("prisma/schema.prisma", "utf8");
try { fs.unlinkSync("/tmp/p.db") } catch {}
const factory = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: "file:/tmp/p.db" }));
const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, (...a) => {}, factory);
const base = process.cwd() + "/prisma/migrations";
const ml = { baseDir: base, lockfile: { path: "migration_lock.toml", content: fs.readFileSync(base + "/migration_lock.toml", "utf8") }, shadowDbInitScript: "",
  migrationDirectories: fs.readdirSync(base).filter(d => fs.statSync(base + "/" + d).isDirectory()).sort().map(d => ({ path: d, migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(`${base}/${d}/migration.sql`, "utf8") } } })) };
const filters = { externalTables: [], externalEnums: [] };
console.log(await engine.applyMigrations({ migrationsList: ml, filters }));
console.log(JSON.stringify(await engine.diagnoseMigrationHistory({ migrationsList: ml, optInToShadowDatabase: false, filters })));
const r = await engine.diff({ from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: process.cwd() }, to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] }, script: false, exitCode: true, filters });
console.log(r);
