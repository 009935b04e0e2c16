import { createHash, randomUUID } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "../data/db/client.ts";
import { isPostgresUrl } from "../data/db/location.ts";
import type { JobRepository } from "../data/job-repository.ts";
import type { WriteQueue } from "../data/write-queue.ts";
import type { Job } from "../schemas/job.ts";
import { reextract } from "./reextract.ts";

/** How often a running job's row is refreshed, and how long a silent one is believed alive. */
export const HEARTBEAT_MS = 2_000;
export const STALE_MS = 30_000;

/**
 * The rebuild's scratch SQLite file: beside a SQLite database, in the temp folder for
 * PostgreSQL, named after the database so that the next run resumes an interrupted one.
 */
export const scratchFor = (location: string) =>
  isPostgresUrl(location)
    ? path.join(
        os.tmpdir(),
        `summitry-reextract-${createHash("sha256").update(location).digest("hex").slice(0, 16)}.db`,
      )
    : `${location}.reextract`;

/**
 * Re-extraction started over HTTP: one at a time, in the background, on a connection of
 * its own (so the server's reads are not queued behind the rebuild), its swap taking
 * its turn in the server's write queue. Each job is a row (JobRepository): its outcome
 * outlives the process, and the next start marks a job a restart cut short as failed
 * (the rebuild swaps in one transaction, so it left the database as it was; the next job
 * resumes its rebuild).
 *
 * On PostgreSQL several API processes share the database, so a running row may be
 * another process's job: the process running a job beats every HEARTBEAT_MS, a running
 * row silent for STALE_MS was cut short, and a start is refused while any process runs one.
 */
export class ReextractJobs {
  private running: Job | null = null;
  private starting = false;
  private readonly shared: boolean;

  constructor(
    private readonly location: string,
    private readonly writes: WriteQueue,
    private readonly rows: JobRepository,
    private readonly hooks: { onDone: () => void; onStoreError: (job: Job, err: Error) => void },
  ) {
    this.shared = isPostgresUrl(location);
  }

  private silentSince = () => new Date(Date.now() - STALE_MS);

  /** Fails the jobs a previous process left running; returns how many. */
  recover(): Promise<number> {
    return this.writes.run(() =>
      this.rows.failInterrupted(new Date(), this.shared ? this.silentSince() : undefined),
    );
  }

  /** Starts a job, or returns null when one is running (here, or in another process). */
  async start(by: string | null): Promise<Job | null> {
    if (this.running || this.starting) return null;
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
    this.starting = true;
    let created: boolean;
    try {
      // Under the write lock, so two processes starting at once cannot both see none
      // running: rows whose process has died are closed first, then a live one refuses.
      created = await this.writes.run(async () => {
        if (this.shared) {
          await this.rows.failInterrupted(new Date(), this.silentSince());
          if (await this.rows.runningSince(this.silentSince())) return false;
        }
        await this.rows.create(job);
        return true;
      });
    } finally {
      this.starting = false;
    }
    if (!created) return null;
    this.running = job;
    void this.run(job);
    return { ...job };
  }

  /** The running job as it stands in memory (its progress is live), else the stored row. */
  async get(id: string): Promise<Job | null> {
    if (this.running?.id === id) return { ...this.running, progress: { ...this.running.progress } };
    const row = await this.rows.get(id);
    // Another process's job whose heartbeat has stopped: that process is gone.
    if (this.shared && row?.state === "running" && (await this.recover()) > 0) return this.rows.get(id);
    return row;
  }

  /** Resolves once the running job (if any) has finished: for shutdown and tests. */
  async idle(): Promise<void> {
    while (this.running) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private async run(job: Job) {
    let db: Db | null = null;
    // On a shared database the stored row shows the job alive, with its progress, to every
    // process. (One SQLite process serves its jobs from memory, and a beat would wait on
    // the swap's write lock.)
    const beat = this.shared
      ? setInterval(() => {
          this.rows.heartbeat(job).catch((err: Error) => this.hooks.onStoreError(job, err));
        }, HEARTBEAT_MS)
      : undefined;
    try {
      db = await createDb(this.location);
      job.report = await reextract(db, {
        scratchFile: scratchFor(this.location),
        by: job.by,
        exclusive: (swap) => this.writes.run(swap),
        onProgress: (done, total) => {
          job.progress = { done, total };
        },
      });
      job.state = "succeeded";
      this.hooks.onDone();
    } catch (err) {
      job.state = "failed";
      job.error = (err as Error).message;
    } finally {
      clearInterval(beat);
      job.finishedAt = new Date().toISOString();
      // A row left "running" reads as interrupted after the next start: say why here.
      await this.writes
        .run(() => this.rows.save(job))
        .catch((err: Error) => this.hooks.onStoreError(job, err));
      this.running = null;
      await db?.$disconnect();
    }
  }
}
