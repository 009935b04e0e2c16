// Prisma's CLI downloads a schema-engine binary before any command, which this
// network forbids; `generate` never runs it, so any existing file satisfies the check.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let cli;
try {
  cli = require.resolve("prisma/build/index.js");
} catch {
  // Production installs omit the prisma CLI; the build stage already generated the client.
  console.log("prisma CLI not installed; skipping client generation");
  process.exit(0);
}
// One client per backend: SQLite from prisma/schema.prisma and PostgreSQL from its
// rendered copy (scripts/lib/render-schema.mjs), which is generated from the committed
// file so an install never rewrites tracked files.
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, [cli, "generate", "--schema", schema], {
    stdio: "inherit",
    env: {
      ...process.env,
      CHECKPOINT_DISABLE: "1",
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
}
