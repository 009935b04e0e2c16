// A worker thread of the read pool (read-pool.ts): runs SQL handed to it on a
// read-only connection of its own. Plain JavaScript so it loads in any worker,
// whatever TypeScript loader the main thread uses.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { workerData } from "node:worker_threads";
import { openReadConnection } from "./read-connection.mjs";

// Below the event loop's priority: when heavy reads and requests compete for the CPU,
// the cheap requests (health checks, cached reads) go first. Linux gives each thread
// its own nice value; elsewhere this is skipped.
try {
  const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  if (tid > 0) setPriority(tid, 10);
} catch {
  // not Linux, or not permitted: the pool still works at normal priority
}

const conn = openReadConnection(workerData.file);

/** One task: a statement and its parameters; every row back. */
export default function run({ sql, params }) {
  return conn.all(sql, params);
}
