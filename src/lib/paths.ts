import { fileURLToPath } from "node:url";

/** The committed seed data: articles, curation, reference files, extracted output. */
export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));
