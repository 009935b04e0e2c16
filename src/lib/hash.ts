import { createHash } from "node:crypto";

/** The SHA-256 of a text's UTF-8 bytes, in hex: an article's identity across runs. */
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
