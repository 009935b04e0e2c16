// `npm run sdk:build`: compiles the TypeScript client (clients/typescript/) into its
// package's dist/: ESM JavaScript and .d.ts, with the generated schema.d.ts beside
// them. `--pack <dir>` then writes the npm tarball there (`npm pack`), as a release does.
//
// The package's version is the API's (info.version of the OpenAPI document): the two
// must agree, or the build stops, so a client never claims a contract it was not
// generated from.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PKG = path.join(ROOT, "clients/typescript");
const { values } = parseArgs({ options: { pack: { type: "string" } } });

const spec = JSON.parse(fs.readFileSync(path.join(ROOT, "openapi/openapi.json"), "utf8"));
const pkg = JSON.parse(fs.readFileSync(path.join(PKG, "package.json"), "utf8"));
if (pkg.version !== spec.info.version) {
  console.error(
    `sdk: clients/typescript/package.json is ${pkg.version} but the API is ${spec.info.version}; set the package's version to the API's`,
  );
  process.exit(1);
}

fs.rmSync(path.join(PKG, "dist"), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(PKG, "tsconfig.json")], { stdio: "inherit" });
fs.copyFileSync(path.join(PKG, "schema.d.ts"), path.join(PKG, "dist/schema.d.ts"));

if (values.pack) {
  const dest = path.resolve(values.pack);
  fs.mkdirSync(dest, { recursive: true });
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dest], {
    cwd: PKG,
    encoding: "utf8",
  });
  const [{ filename }] = JSON.parse(out);
  console.log(path.join(dest, filename));
}
