import path from "node:path";

// DATABASE_URL follows Prisma's SQLite form: file:<path>, relative to the working directory.
export function sqlitePath(databaseUrl: string): string {
  const raw = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  return raw === ":memory:" ? raw : path.resolve(raw);
}
