import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { writeRelease } from "../../src/release/write-release.ts";
import { build, tempDir } from "../helper.ts";

// GET /datasets on two releases written by the release writer (the SDK tarball left
// out: test/release/ checks it), and a stray file that is not part of either.
const db = path.join(tempDir(t), "live.db");
const app = await build(t, { database: db });
const root = tempDir(t, "summitry-releases-");
const first = path.join(root, "2026.12.01");
for (const [version, created] of [
  ["2026.12.01", "2026-12-01T00:00:00Z"],
  ["2026.12.02", "2026-12-02T00:00:00Z"],
] as const)
  await writeRelease({
    app,
    out: path.join(root, version),
    version,
    database: db,
    previous: null,
    packSdk: async () => "",
    now: new Date(created),
  });

t.test("GET /datasets lists the releases and serves their files with ranges and ETags", async (t) => {
  fs.writeFileSync(path.join(first, "notes.txt"), "not part of the release");
  const server = await build(t, { releases: root });
  const list = (await server.inject("/datasets")).json() as {
    data: { version: string; files: { name: string; bytes: number; sha256: string; url: string }[] }[];
  };
  t.same(
    list.data.map((r) => r.version),
    ["2026.12.02", "2026.12.01"],
    "newest first",
  );
  const parquet = list.data[1]?.files.find((f) => f.name === "events.parquet");
  t.ok(parquet);
  t.notOk(
    list.data[1]?.files.some((f) => f.name === "notes.txt"),
    "only what SHA256SUMS lists",
  );
  const whole = await server.inject(parquet?.url as string);
  t.equal(whole.statusCode, 200);
  t.equal(whole.headers["content-type"], "application/vnd.apache.parquet");
  t.equal(createHash("sha256").update(whole.rawPayload).digest("hex"), parquet?.sha256);
  const part = await server.inject({ url: parquet?.url as string, headers: { range: "bytes=4-11" } });
  t.equal(part.statusCode, 206);
  t.same(part.rawPayload, whole.rawPayload.subarray(4, 12));
  t.equal(part.headers["content-range"], `bytes 4-11/${parquet?.bytes}`);
  t.equal(whole.headers.etag, `"${parquet?.sha256}"`, "the ETag is the file's SHA-256");
  t.match(whole.headers["cache-control"], /immutable/);
  const resumed = await server.inject({
    url: parquet?.url as string,
    headers: { range: "bytes=4-11", "if-range": String(whole.headers.etag) },
  });
  t.equal(resumed.statusCode, 206, "If-Range with this file's ETag: the range");
  const changed = await server.inject({
    url: parquet?.url as string,
    headers: { range: "bytes=4-11", "if-range": '"0000"' },
  });
  t.equal(changed.statusCode, 200, "If-Range naming another copy: the whole file");
  t.equal(changed.rawPayload.length, parquet?.bytes);
  const again = await server.inject({
    url: parquet?.url as string,
    headers: { "if-none-match": String(whole.headers.etag) },
  });
  t.equal(again.statusCode, 304);
  t.equal((await server.inject("/datasets/2026.12.01/notes.txt")).statusCode, 404);
  t.equal((await server.inject("/datasets/1999.01.01/events.csv")).statusCode, 404);
  const bad = await server.inject("/datasets/2026.12.01/..%2Fsecret");
  t.equal(bad.statusCode, 400);
  t.match(bad.json(), { errors: [{ in: "path", field: "file" }] });
  const none = await build(t);
  t.same((await none.inject("/datasets")).json(), { data: [] }, "no releases folder: an empty list");
});
