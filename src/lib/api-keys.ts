import { createHash } from "node:crypto";

/**
 * Who a key speaks for. `reader` is what the public has (a named reader key is only
 * told apart in logs); `editor` ingests and corrects; `admin` also re-extracts.
 */
export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const roleAtLeast = (held: Role, needed: Role) => ROLES.indexOf(held) >= ROLES.indexOf(needed);

/** A configured key: its name (recorded as `by` on what it writes), role and SHA-256. */
export interface ApiKey {
  name: string;
  role: Role;
  digest: Buffer;
}

export const keyDigest = (s: string) => createHash("sha256").update(s, "utf8").digest();

// "name:role:secret"; anything else is a plain key of an editor.
const NAMED = /^([A-Za-z0-9][A-Za-z0-9._-]{0,39}):(reader|editor|admin):(.+)$/;
const HEX64 = /^[0-9a-f]{64}$/i;
const MIN_KEY = 16;

/**
 * Reads one entry of API_KEYS (`secret` is the key) or API_KEY_HASHES (`secret` is the
 * key's SHA-256 in hex). A plain entry is an editor named after the first hex digits of
 * its digest: never the key itself. Throws a message naming what is wrong, not the key.
 */
export function parseKeyEntry(entry: string, form: "key" | "hash"): ApiKey {
  const loose = /^([A-Za-z0-9][A-Za-z0-9._-]{0,39}):([a-z]+):./.exec(entry);
  if (loose && !ROLES.includes(loose[2] as Role))
    throw new Error(`unknown role '${loose[2]}' for key '${loose[1]}' (reader, editor or admin)`);
  const m = NAMED.exec(entry);
  const [name, role, secret] = m
    ? [m[1] as string, m[2] as Role, m[3] as string]
    : [null, "editor" as const, entry];
  if (form === "key" && secret.length < MIN_KEY)
    throw new Error(`every key must be at least ${MIN_KEY} characters`);
  if (form === "hash" && !HEX64.test(secret)) throw new Error("every hash must be 64 hex digits (SHA-256)");
  const digest = form === "key" ? keyDigest(secret) : Buffer.from(secret.toLowerCase(), "hex");
  return { name: name ?? `key-${digest.toString("hex").slice(0, 8)}`, role, digest };
}
