import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { createSummitryClient } from "../../clients/typescript/index.ts";
import { build, TEST_KEY, tempDir } from "../helper.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const app = await build(t);
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address() as { port: number };
const api = createSummitryClient(`http://127.0.0.1:${address.port}`, { apiKey: TEST_KEY });

t.test("the generated client reads lists, details and errors from a live server", async (t) => {
  const { data, response } = await api.GET("/meetings", {
    params: { query: { official: ["joe-biden", "xi-jinping"], sort: "date", limit: 2 } },
  });
  t.equal(response.status, 200);
  // The list's 200 can also be CSV or NDJSON (format=): JSON is the object case.
  if (typeof data !== "object") throw new Error("expected the JSON page");
  t.equal(data.data.length, 2);
  t.match(response.headers.get("link"), /rel="next"/);
  const first = data.data[0];
  t.ok(first && "participants" in first);
  const detail = await api.GET("/meetings/{id}", {
    params: { path: { id: "2023-11-15-biden-xi-woodside" } },
  });
  t.equal(detail.data?.sources.length, 4);
  t.ok(detail.data?.sources.every((s) => s.evidence.length > 0));
  const missing = await api.GET("/meetings/{id}", { params: { path: { id: "no-such-meeting" } } });
  t.equal(missing.response.status, 404);
  t.match(missing.error, { status: 404, title: "Not Found" });
  const bad = await api.GET("/search", { params: { query: { q: "fentanyl", limit: 0 } } });
  t.equal(bad.response.status, 400);
  t.equal(bad.error?.errors?.[0]?.field, "limit");
});

t.test("and writes with a key", async (t) => {
  const res = await api.POST("/documents", {
    params: { query: { dryRun: "true" } },
    body: { text: "Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday." },
  });
  t.equal(res.response.status, 200);
  t.ok(res.data && "extraction" in res.data);
});

t.test("the committed client matches the committed spec (npm run client)", async (t) => {
  const out = path.join(tempDir(t), "schema.d.ts");
  execFileSync(path.join(ROOT, "node_modules/.bin/openapi-typescript"), ["openapi/openapi.json", "-o", out], {
    cwd: ROOT,
    stdio: "ignore",
  });
  t.equal(
    fs.readFileSync(out, "utf8"),
    fs.readFileSync(path.join(ROOT, "clients/typescript/schema.d.ts"), "utf8"),
    "run npm run client after changing the API",
  );
});
