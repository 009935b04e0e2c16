import fs from "node:fs";
import path from "node:path";
import t from "tap";
import { parse } from "yaml";
import { loadConfig } from "../src/config.ts";

// compose.yaml is documentation that runs: every API service must start with the
// configuration it is given, on the database service it names, with one cursor secret.

const file = path.resolve(import.meta.dirname, "../compose.yaml");
// merge: the API services share one definition through a YAML merge key (<<: *api).
const compose = parse(fs.readFileSync(file, "utf8"), { merge: true }) as {
  services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, unknown> }>;
};
// ${NAME:-default} as compose resolves it with NAME unset.
const resolve = (v: string) => v.replace(/\$\{\w+:-([^}]*)\}/g, "$1");

t.test("every API service has a valid configuration pointing at the database service", async (t) => {
  const apis = Object.entries(compose.services).filter(([, s]) => s.environment?.DATABASE_URL);
  t.ok(apis.length >= 2, "at least two API instances");
  const secrets = new Set<string>();
  for (const [name, s] of apis) {
    const env = Object.fromEntries(
      Object.entries(s.environment ?? {}).map(([k, v]) => [k, resolve(String(v))]),
    );
    const config = loadConfig(env);
    const host = new URL(config.DATABASE_URL).hostname;
    t.ok(compose.services[host], `${name}: its database (${host}) is a service`);
    t.ok(s.depends_on?.[host], `${name}: starts after ${host}`);
    secrets.add(String(config.CURSOR_SECRET));
  }
  t.equal(secrets.size, 1, "one cursor secret for all instances");
});
