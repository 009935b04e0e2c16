import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { build, tempDir } from "../helper.ts";

// How the server serves a built explorer, on a small stand-in for Vite's output.
const dir = tempDir(t, "summitry-explorer-files-");
fs.mkdirSync(path.join(dir, "assets"));
fs.writeFileSync(
  path.join(dir, "index.html"),
  '<!doctype html><script type="module" src="/assets/app-1a2b.js"></script>',
);
fs.writeFileSync(path.join(dir, "assets/app-1a2b.js"), "console.log('explorer');\n".repeat(200));

t.test("/ is the page, with a CSP that allows its own scripts and this API only", async (t) => {
  const app = await build(t, { explorer: dir, seed: false });
  const res = await app.inject("/?view=timeline&official=joe-biden");
  t.equal(res.statusCode, 200);
  t.match(res.headers["content-type"], /^text\/html/);
  t.match(res.body, /app-1a2b\.js/);
  const csp = String(res.headers["content-security-policy"]);
  t.match(csp, /script-src 'self'/);
  t.match(csp, /connect-src 'self'/);
  t.notMatch(csp, /unsafe-inline|unsafe-eval/);
  t.equal(res.headers["cache-control"], "no-cache", "the page is revalidated: it names the current assets");
  t.notOk(app.swagger().paths?.["/"], "not an API operation");
  const head = await app.inject({ method: "HEAD", url: "/" });
  t.equal(head.statusCode, 200);
});

t.test("assets are cached for a year, compressed, and a missing one is a problem+json 404", async (t) => {
  const app = await build(t, { explorer: dir, seed: false });
  const res = await app.inject({ url: "/assets/app-1a2b.js", headers: { "accept-encoding": "gzip" } });
  t.equal(res.statusCode, 200);
  t.match(res.headers["cache-control"], /max-age=31536000.*immutable/);
  t.equal(res.headers["content-encoding"], "gzip");
  const missing = await app.inject("/assets/none.js");
  t.equal(missing.statusCode, 404);
  t.equal(missing.headers["content-type"], "application/problem+json; charset=utf-8");
  // Only the assets folder is served: no way up to the page or beyond.
  const outside = await app.inject("/assets/%2e%2e/index.html");
  t.ok([403, 404].includes(outside.statusCode), `climbing out is refused (${outside.statusCode})`);
  t.notMatch(outside.body, /<script/);
});

t.test("an unbuilt explorer answers 503 and says how to build it; without one, / is a 404", async (t) => {
  const app = await build(t, { explorer: tempDir(t), seed: false });
  const res = await app.inject("/");
  t.equal(res.statusCode, 503);
  t.match(res.json(), { status: 503, detail: /npm run build:explorer/ });
  const none = await build(t, { seed: false });
  t.equal((await none.inject("/")).statusCode, 404);
});
