import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export interface BackupResult {
  target: string;
  pages: number;
  bytes: number;
}

/**
 * A consistent copy of a live database through SQLite's online backup API: the server
 * keeps reading and writing while it runs, and the copy is one committed state. It is
 * written beside the target and renamed into place only once checked, so a failed or
 * interrupted backup never leaves a half-written file under the target's name.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  if (fs.existsSync(target)) throw new Error(`${target} exists: choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(partial);
    // The copy inherits the source's WAL mode, and opening it would leave -wal and -shm
    // files beside it under the partial name; in rollback mode it is one self-contained
    // file, the form a backup or a published release needs.
    const copy = new Database(partial);
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
    return { target, pages: totalPages, bytes: fs.statSync(target).size };
  } catch (err) {
    fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    db.close();
  }
}
