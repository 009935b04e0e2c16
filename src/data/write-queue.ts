import { NO_LOCK, type WriteLock } from "./db/write-lock.ts";

/**
 * Writes of this process, one at a time: SQLite has one writer anyway, and in order a
 * write reads what the one before it committed (the second of two identical ingests
 * finds the first's document; the second of two racing corrections sees the first's
 * version and is refused with 412, never both applied). On PostgreSQL each write also
 * holds the database's write lock, so the writes of other processes take turns with it.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * @param after run after each write, still holding the lock (the stored list items are
   *   refreshed so: event-items.ts); it must not throw, since the write has landed.
   */
  constructor(
    private readonly lock: WriteLock = NO_LOCK,
    private readonly after?: () => Promise<unknown>,
  ) {}

  run<T>(write: () => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      await this.lock.acquire();
      try {
        return await write();
      } finally {
        try {
          await this.after?.();
        } finally {
          await this.lock.release();
        }
      }
    });
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Waits for the writes queued so far, then lets the lock's connection go. */
  async close(): Promise<void> {
    await this.tail;
    await this.lock.close();
  }
}
