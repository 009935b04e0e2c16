import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { parquetReadObjects } from "hyparquet";
import t from "tap";
import { API_INFO } from "../../src/plugins/openapi.ts";
import { readCsv, typedCell, typeOf } from "../../src/release/parquet.ts";
import { TABLES } from "../../src/release/tables.ts";
import { writeRelease } from "../../src/release/write-release.ts";
import { build, TEST_KEY, tempDir } from "../helper.ts";

// The release CLI seeds, exports and packs the SDK: 30 s here, longer on a busy
// machine, so this file asks for more than the suite-wide 120 s.
t.setTimeout(300_000);

// A release written by `npm run release`, then every file read back and compared with
// the API that wrote it: CSV and NDJSON to the byte, Parquet row by row with its types,
// the SQLite file by serving it, the checksums, datapackage.json and the SDK tarball.
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

const db = path.join(tempDir(t), "live.db");
const app = await build(t, { database: db });
const root = tempDir(t, "summitry-releases-");
const first = path.join(root, "2026.12.01");

t.test("npm run release writes a release", async (t) => {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "src/cli/release.ts", "--version", "2026.12.01", "--out", first],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${db}` }, timeout: 180_000 },
  );
  t.match(stdout, /release 2026\.12\.01: /);
  t.notMatch(stdout, /changelog against/, "nothing earlier to compare with");
});

t.test("every table's CSV and NDJSON are the API's exports, and Parquet holds the same rows", async (t) => {
  for (const table of TABLES) {
    const csv = fs.readFileSync(path.join(first, `${table.name}.csv`), "utf8");
    t.equal(csv, (await app.inject(`${table.path}?format=csv`)).body, `${table.name}.csv`);
    t.equal(
      fs.readFileSync(path.join(first, `${table.name}.ndjson`), "utf8"),
      (await app.inject(`${table.path}?format=ndjson`)).body,
      `${table.name}.ndjson`,
    );
    const { columns, rows } = readCsv(csv);
    t.ok(rows.length > 0, `${table.name} has rows`);
    const buffer = fs.readFileSync(path.join(first, `${table.name}.parquet`));
    const file = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const parquet = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    t.equal(parquet.length, rows.length, `${table.name}.parquet: every row`);
    const norm = (v: unknown) =>
      v instanceof Date ? v.toISOString() : typeof v === "bigint" ? Number(v) : v;
    const expected = rows.map((row) =>
      Object.fromEntries(
        columns.map((c, i) => [c, norm(typedCell(typeOf(table, c), row[i] ?? "", `${table.name} ${c}`))]),
      ),
    );
    const read = parquet.map((row) => Object.fromEntries(columns.map((c) => [c, norm(row[c] ?? null)])));
    t.same(read, expected, `${table.name}.parquet: the CSV's values, typed`);
  }
});

t.test("datapackage.json describes every file, and SHA256SUMS checks them", async (t) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(first, "datapackage.json"), "utf8"));
  t.match(pkg, {
    profile: "data-package",
    name: "summitry",
    version: "2026.12.01",
    licenses: [{ name: "MIT" }],
  });
  for (const r of pkg.resources) {
    const file = path.join(first, r.path);
    t.equal(fs.statSync(file).size, r.bytes, `${r.path}: bytes`);
    t.equal(r.hash, `sha256:${sha(file)}`, `${r.path}: hash`);
  }
  const events = pkg.resources.find((r: { name: string }) => r.name === "events");
  t.same(
    events.schema.fields.map((f: { name: string }) => f.name),
    readCsv(fs.readFileSync(path.join(first, "events.csv"), "utf8")).columns,
    "the Table Schema's fields are the CSV's columns",
  );
  t.match(events.schema.fields, [{ name: "id", type: "string" }]);
  t.ok(
    events.schema.fields.some(
      (f: { name: string; type: string }) => f.name === "confidence" && f.type === "number",
    ),
  );

  const sums = fs.readFileSync(path.join(first, "SHA256SUMS"), "utf8").trim().split("\n");
  const listed = sums.map((line) => line.split("  ")[1]);
  t.same(listed, [...listed].sort(), "sorted by name");
  t.same(
    [...listed, "SHA256SUMS"].sort(),
    fs.readdirSync(first).sort(),
    "every file, and nothing half-written",
  );
  for (const line of sums) {
    const [hash, name] = line.split("  ") as [string, string];
    t.equal(sha(path.join(first, name)), hash, name);
  }
  for (const name of [
    "summitry.db",
    `summitry-client-${API_INFO.version}.tgz`,
    "CITATION.cff",
    "CHANGELOG.md",
  ])
    t.ok(listed.includes(name), name);
  const cff = fs.readFileSync(path.join(first, "CITATION.cff"), "utf8");
  t.match(cff, /^cff-version: 1\.2\.0$/m);
  t.match(cff, /^version: "2026\.12\.01"$/m);
  t.match(cff, /^type: dataset$/m);
  const { stdout } = await run("tar", ["tzf", path.join(first, `summitry-client-${API_INFO.version}.tgz`)]);
  t.match(stdout, /package\/dist\/index\.js/);
  t.match(fs.readFileSync(path.join(first, "CHANGELOG.md"), "utf8"), /first release/);
});

t.test("the SQLite file serves the same answers as the live database", async (t) => {
  const copy = path.join(tempDir(t), "release.db");
  fs.copyFileSync(path.join(first, "summitry.db"), copy);
  const served = await build(t, { seed: false, database: copy });
  for (const url of ["/events?format=ndjson", "/officials?format=ndjson", "/curations?format=ndjson"])
    t.equal((await served.inject(url)).body, (await app.inject(url)).body, url);
  t.equal(
    (await served.inject("/documents/biden-xi-call-expected-2024")).body,
    (await app.inject("/documents/biden-xi-call-expected-2024")).body,
    "documents with their text",
  );
});

const second = path.join(root, "2026.12.02");

t.test("the next release's changelog names what changed", async (t) => {
  const res = await app.inject({
    method: "POST",
    url: "/documents",
    headers: { authorization: `Bearer ${TEST_KEY}` },
    payload: {
      publishedAt: "2024-05-31",
      text: "SINGAPORE — U.S. Defense Secretary Lloyd Austin met Chinese Defense Minister Dong Jun in Singapore on Friday.",
    },
  });
  t.equal(res.statusCode, 201);
  const added = (res.json() as { events: { id: string }[] }).events.map((e) => e.id);
  await writeRelease({
    app,
    out: second,
    version: "2026.12.02",
    database: db,
    previous: first,
    packSdk: async () => "",
  });
  const log = fs.readFileSync(path.join(second, "CHANGELOG.md"), "utf8");
  t.match(log, /Changes since 2026\.12\.01/);
  t.match(log, /\| events \| 1 \| 0 \| 0 \|/);
  t.match(log, new RegExp(`Added: ${added[0]}`));
  t.match(log, /\| documents \| 1 \| 0 \|/);
});

t.test("a release is never rewritten, and a failed one leaves nothing", async (t) => {
  const opts = { app, version: "x", database: db, previous: null, packSdk: async () => "" };
  await t.rejects(writeRelease({ ...opts, out: first }), /exists: a release is never rewritten/);
  const failed = path.join(root, "2026.12.03");
  await t.rejects(
    writeRelease({
      ...opts,
      out: failed,
      packSdk: async () => {
        throw new Error("npm pack failed");
      },
    }),
    /npm pack failed/,
  );
  t.same(fs.readdirSync(root).sort(), ["2026.12.01", "2026.12.02"], "no partial release left");
});
