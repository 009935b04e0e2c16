// npm run bench [-- --db data/synth.db --backend sqlite|postgres|both --pg postgres://…
//   --duration 10 --connections 50 --rounds 3 --soak 60 --mixed 4000]
// Load-tests the real server (child processes on a synthetic database, see
// scripts/synth.ts) beside a bare-Fastify baseline serving the same bytes, measured in
// the same run, with and without the response cache, on SQLite, PostgreSQL or both, and
// prints PASS/FAIL per target. Exits 1 when a target is missed, 2 when the run fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../src/data/db/location.ts";
import { benchBackend } from "./lib/bench-backend.ts";

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const backend = opt("backend", "sqlite");
if (!["sqlite", "postgres", "both"].includes(backend)) {
  console.error(`--backend must be sqlite, postgres or both, not ${backend}`);
  process.exit(2);
}
const dbFile = path.resolve(opt("db", "data/synth.db"));
const pgUrl = opt("pg", "");
const locations: { label: string; location: string }[] = [];
if (backend !== "postgres") {
  if (!fs.existsSync(dbFile)) {
    console.error(`${dbFile} does not exist: build one with npm run synth`);
    process.exit(2);
  }
  locations.push({ label: "SQLite", location: dbFile });
}
if (backend !== "sqlite") {
  if (!isPostgresUrl(pgUrl)) {
    console.error(
      "--backend postgres needs --pg postgres://…: build one with npm run synth -- --out postgres://…",
    );
    process.exit(2);
  }
  locations.push({ label: "PostgreSQL", location: pgUrl });
}
const load = {
  duration: Number(opt("duration", "10")),
  connections: Number(opt("connections", "50")),
  rounds: Number(opt("rounds", "3")),
  soakSeconds: Number(opt("soak", "60")),
  mixed: Number(opt("mixed", "4000")),
};
console.log(
  `machine:  ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}, ${os.platform()}`,
);
console.log(`load:     ${load.connections} connections, ${load.duration} s per measurement\n`);

let missed = 0;
try {
  for (const { label, location } of locations) {
    const targets = await benchBackend(label, location, load);
    console.log(`\ntargets (${label}):\n${targets}\n`);
    missed += targets.failed;
  }
} catch (err) {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exit(2);
}
if (missed) console.log(`${missed} target(s) missed`);
process.exit(missed ? 1 : 0);
