import path from "node:path";

// Where the data lives: a SQLite file (the embedded default) or a PostgreSQL database.
// DATABASE_URL names it in Prisma's forms, file:<path> or postgres://…; the app and the
// tools take the resolved form, a file path or the postgres:// URL itself.

export const isPostgresUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

/** A file path for file: URLs (relative to the working directory), else the URL. */
export function databaseLocation(databaseUrl: string): string {
  if (isPostgresUrl(databaseUrl)) return databaseUrl;
  const raw = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  return raw === ":memory:" ? raw : path.resolve(raw);
}

/** The location without a password, for logs and messages. */
export function redacted(location: string): string {
  if (!isPostgresUrl(location)) return location;
  const url = new URL(location);
  if (url.password) url.password = "***";
  return url.toString();
}
