import path from "node:path";
import { build } from "vite";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Builds the explorer into `outDir` with the project's own Vite config, as npm start does. */
export async function buildExplorer(outDir: string): Promise<void> {
  await build({
    configFile: path.join(ROOT, "explorer/vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}
