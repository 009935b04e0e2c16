/**
 * Writes of this process, one at a time: SQLite has one writer anyway, and in order a
 * write reads what the one before it committed (the second of two identical ingests
 * finds the first's document; the second of two racing corrections sees the first's
 * version and is refused with 412, never both applied).
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(write: () => Promise<T>): Promise<T> {
    const next = this.tail.then(write);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
