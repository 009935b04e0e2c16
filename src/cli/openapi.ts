import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildApp } from "../app.ts";
import { noArgs } from "./args.ts";

export const SPEC_PATH = fileURLToPath(new URL("../../openapi/openapi.json", import.meta.url));

/** The spec as the running app serves it, serialised the way it is committed. */
export async function renderSpec(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "summitry-openapi-"));
  const app = await buildApp({ database: path.join(dir, "spec.db") });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  noArgs("usage: npm run openapi\n  Writes the OpenAPI document the app serves to openapi/openapi.json.");
  fs.mkdirSync(path.dirname(SPEC_PATH), { recursive: true });
  fs.writeFileSync(SPEC_PATH, await renderSpec());
  console.log(`wrote ${path.relative(process.cwd(), SPEC_PATH)}`);
}
