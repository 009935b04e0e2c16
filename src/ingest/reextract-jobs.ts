import { randomUUID } from "node:crypto";
import { createDb, type Db } from "../data/db/client.ts";
import type { WriteQueue } from "../data/write-queue.ts";
import { type ReextractReport, reextract } from "./reextract.ts";

export interface Job {
  id: string;
  kind: "reextract";
  state: "running" | "succeeded" | "failed";
  by: string | null;
  startedAt: string;
  finishedAt: string | null;
  progress: { done: number; total: number };
  report: ReextractReport | null;
  error: string | null;
}

/**
 * Re-extraction started over HTTP: one at a time, in the background, on a connection of
 * its own (so the server's reads are not queued behind the rebuild), its swap taking
 * its turn in the server's write queue. Jobs live in memory: a restart forgets them,
 * and a re-extraction killed by it left the database as it was (run it again).
 */
export class ReextractJobs {
  private readonly jobs = new Map<string, Job>();
  private running: Job | null = null;

  constructor(
    private readonly file: string,
    private readonly writes: WriteQueue,
    private readonly onDone: () => void,
  ) {}

  /** Starts a job, or returns null when one is running. */
  start(by: string | null): Job | null {
    if (this.running) return null;
    const job: Job = {
      id: randomUUID(),
      kind: "reextract",
      state: "running",
      by,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      progress: { done: 0, total: 0 },
      report: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.running = job;
    void this.run(job);
    return job;
  }

  get(id: string): Job | null {
    return this.jobs.get(id) ?? null;
  }

  /** Resolves once the running job (if any) has finished: for shutdown and tests. */
  async idle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private async run(job: Job) {
    let db: Db | null = null;
    try {
      db = await createDb(this.file);
      job.report = await reextract(db, {
        scratchFile: `${this.file}.reextract`,
        by: job.by,
        exclusive: (swap) => this.writes.run(swap),
        onProgress: (done, total) => {
          job.progress = { done, total };
        },
      });
      job.state = "succeeded";
      this.onDone();
    } catch (err) {
      job.state = "failed";
      job.error = (err as Error).message;
    } finally {
      job.finishedAt = new Date().toISOString();
      this.running = null;
      await db?.$disconnect();
    }
  }
}
