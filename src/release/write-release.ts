import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { backupDatabase } from "../data/db/backup.ts";
import { isPostgresUrl } from "../data/db/location.ts";
import { copyPostgresToSqlite } from "../data/db/pg-to-sqlite.ts";
import { changelogMarkdown, compareTable, type TableChanges } from "./changelog.ts";
import { citationCff, dataPackage, type FileInfo } from "./metadata.ts";
import { csvToParquet } from "./parquet.ts";
import { TABLES } from "./tables.ts";

export interface ReleaseOptions {
  /** The app, built and not listening: the release is its own exports. */
  app: FastifyInstance;
  /** The release folder; it must not exist. */
  out: string;
  version: string;
  /** The app's database (a SQLite file or a postgres:// URL): copied into the release as SQLite. */
  database: string;
  /** An earlier release folder to write the changelog against. */
  previous: string | null;
  /** Writes the SDK's npm tarball into the folder and returns its path. */
  packSdk: (dir: string) => Promise<string>;
  now?: Date;
}

export const SUMS = "SHA256SUMS";

async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function apiExport(app: FastifyInstance, url: string): Promise<string> {
  const res = await app.inject(url);
  if (res.statusCode !== 200)
    throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
  return res.body;
}

/**
 * Writes one dataset release: per table the API's CSV and NDJSON exports and a typed
 * Parquet file, the SQLite file, the SDK tarball, a changelog against the previous
 * release, CITATION.cff, datapackage.json and SHA256SUMS. Everything is written to
 * `<out>.partial` and renamed into place at the end, so a failed run leaves no release.
 */
export async function writeRelease(o: ReleaseOptions) {
  try {
    await fs.access(o.out);
    throw new Error(`${o.out} exists: a release is never rewritten; choose another version or --out`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const partial = `${o.out}.partial`;
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(partial, { recursive: true });
  try {
    const created = (o.now ?? new Date()).toISOString();
    const tables = [];
    const changes: Record<string, TableChanges | null> = {};
    for (const table of TABLES) {
      const csv = await apiExport(o.app, `${table.path}?format=csv`);
      const ndjson = await apiExport(o.app, `${table.path}?format=ndjson`);
      await fs.writeFile(path.join(partial, `${table.name}.csv`), csv);
      await fs.writeFile(path.join(partial, `${table.name}.ndjson`), ndjson);
      const { parquet, columns } = csvToParquet(table, csv);
      await fs.writeFile(path.join(partial, `${table.name}.parquet`), Buffer.from(parquet));
      tables.push({ table, columns });
      const before = o.previous ? path.join(o.previous, `${table.name}.ndjson`) : null;
      changes[table.name] = before
        ? compareTable(await fs.readFile(before, "utf8").catch(() => ""), ndjson)
        : null;
    }
    const db = path.join(partial, "summitry.db");
    if (isPostgresUrl(o.database)) await copyPostgresToSqlite(o.database, db);
    else await backupDatabase(o.database, db);
    await o.packSdk(partial);
    const release = { version: o.version, created };
    await fs.writeFile(
      path.join(partial, "CHANGELOG.md"),
      changelogMarkdown(o.version, o.previous ? path.basename(o.previous) : null, changes),
    );
    await fs.writeFile(path.join(partial, "CITATION.cff"), citationCff(release));

    const describe = async () => {
      const names = (await fs.readdir(partial)).filter((n) => n !== SUMS && n !== "datapackage.json").sort();
      const files: FileInfo[] = [];
      for (const name of names) {
        const file = path.join(partial, name);
        files.push({ name, bytes: (await fs.stat(file)).size, sha256: await sha256File(file) });
      }
      return files;
    };
    const files = await describe();
    await fs.writeFile(
      path.join(partial, "datapackage.json"),
      `${JSON.stringify(dataPackage(release, tables, files), null, 2)}\n`,
    );
    const all = [...files];
    const pkg = path.join(partial, "datapackage.json");
    all.push({ name: "datapackage.json", bytes: (await fs.stat(pkg)).size, sha256: await sha256File(pkg) });
    all.sort((a, b) => a.name.localeCompare(b.name));
    // The format `sha256sum -c SHA256SUMS` checks.
    await fs.writeFile(path.join(partial, SUMS), all.map((f) => `${f.sha256}  ${f.name}\n`).join(""));
    await fs.rename(partial, o.out);
    return { out: o.out, files: all, changes };
  } catch (err) {
    await fs.rm(partial, { recursive: true, force: true });
    throw err;
  }
}
