import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import t from "tap";
import { API_INFO } from "../../src/plugins/openapi.ts";
import { build, tempDir } from "../helper.ts";

// npm install into a fresh project: seconds from the cache, longer if it must reach
// the registry, so this file asks for more than the suite-wide 120 s.
t.setTimeout(300_000);

// The SDK as users get it: packed by `npm pack`, installed into an empty project from
// the tarball, compiled there against its own .d.ts and run against a live server.
const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
const TSC_FLAGS = [
  "--strict",
  "--module",
  "nodenext",
  "--moduleResolution",
  "nodenext",
  "--target",
  "es2022",
];

t.test("the package's version is the API's", async (t) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "clients/typescript/package.json"), "utf8"));
  t.equal(pkg.version, API_INFO.version);
});

t.test(
  "the packed tarball installs into an empty project, type-checks and reads a live server",
  async (t) => {
    const packs = tempDir(t, "summitry-sdk-pack-");
    const { stdout } = await run(process.execPath, [
      path.join(ROOT, "scripts/sdk-build.mjs"),
      "--pack",
      packs,
    ]);
    const tarball = stdout.trim();
    t.match(path.basename(tarball), `summitry-client-${API_INFO.version}.tgz`);

    const project = tempDir(t, "summitry-sdk-user-");
    fs.writeFileSync(
      path.join(project, "package.json"),
      JSON.stringify({ name: "sdk-user", private: true, type: "module" }),
    );
    // openapi-fetch, the package's one dependency, is in npm's cache after `npm ci`.
    await run(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball],
      {
        cwd: project,
        timeout: 180_000,
      },
    );
    const installed = JSON.parse(
      fs.readFileSync(path.join(project, "node_modules/@summitry/client/package.json"), "utf8"),
    );
    t.equal(installed.version, API_INFO.version);

    fs.writeFileSync(
      path.join(project, "check.ts"),
      `import { createSummitryClient, type components } from "@summitry/client";
const api = createSummitryClient(process.argv[2] as string);
const list = await api.GET("/meetings", { params: { query: { official: ["joe-biden", "xi-jinping"], sort: "date" } } });
if (typeof list.data !== "object") throw new Error("expected JSON");
const first: components["schemas"]["EventListItem"] | undefined = list.data.data[0] as components["schemas"]["EventListItem"];
const detail = await api.GET("/meetings/{id}", { params: { path: { id: "2023-11-15-biden-xi-woodside" } } });
const bad = await api.GET("/search", { params: { query: { q: "fentanyl", limit: 0 } } });
console.log(JSON.stringify({
  status: list.response.status,
  titles: list.data.data.map((m) => m.id),
  first: first?.participants.map((p) => p.id),
  quotes: detail.data?.sources.flatMap((s) => s.evidence.map((e) => e.quote)).length,
  error: [bad.response.status, bad.error?.errors?.[0]?.field],
}));
declare const process: { argv: string[] };
`,
    );
    await run(process.execPath, [tsc, ...TSC_FLAGS, "--lib", "es2022,dom", "--outDir", "out", "check.ts"], {
      cwd: project,
    });

    const app = await build(t);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const out = await run(process.execPath, [path.join(project, "out/check.js"), base]);
    const result = JSON.parse(out.stdout);
    const expected = (
      await app.inject("/meetings?official=joe-biden&official=xi-jinping&sort=date")
    ).json() as {
      data: { id: string }[];
    };
    t.equal(result.status, 200);
    t.same(
      result.titles,
      expected.data.map((m) => m.id),
      "the server's meetings, through the package",
    );
    t.same(result.first, ["joe-biden", "xi-jinping"]);
    t.ok(result.quotes > 0, "the evidence quotes of a meeting");
    t.same(result.error, [400, "limit"], "a problem naming the parameter");

    // The declarations are the API's: a wrong parameter type does not compile.
    fs.writeFileSync(
      path.join(project, "wrong.ts"),
      `import { createSummitryClient } from "@summitry/client";
await createSummitryClient("http://x").GET("/meetings", { params: { query: { limit: "many" } } });
`,
    );
    const wrong = await run(
      process.execPath,
      [tsc, ...TSC_FLAGS, "--lib", "es2022,dom", "--noEmit", "wrong.ts"],
      {
        cwd: project,
      },
    ).then(
      () => "",
      (e: { stdout: string }) => e.stdout,
    );
    t.match(wrong, /wrong\.ts.*error TS2322/s, "limit: 'many' is a type error");
  },
);
