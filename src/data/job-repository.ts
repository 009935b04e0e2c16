import type { Job } from "../schemas/job.ts";
import type { Db } from "./db/client.ts";

type JobRow = {
  id: string;
  kind: string;
  state: string;
  by: string | null;
  startedAt: Date;
  finishedAt: Date | null;
  done: number;
  total: number;
  report: string | null;
  error: string | null;
};

const toJob = (r: JobRow): Job => ({
  id: r.id,
  kind: r.kind as Job["kind"],
  state: r.state as Job["state"],
  by: r.by,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
  progress: { done: r.done, total: r.total },
  report: r.report === null ? null : JSON.parse(r.report),
  error: r.error,
});

/** What a restart says of a job it cut short. */
export const INTERRUPTED =
  "interrupted: the server stopped before the job finished; the database was left as it was (start it again)";

/**
 * Background jobs as rows, so that a job's outcome outlives the process that ran it.
 * The caller serialises these writes with its other writes.
 */
export class JobRepository {
  constructor(private readonly db: Db) {}

  async create(job: Job): Promise<void> {
    await this.db.job.create({
      data: {
        id: job.id,
        kind: job.kind,
        state: job.state,
        by: job.by,
        startedAt: new Date(job.startedAt),
        heartbeatAt: new Date(),
        done: job.progress.done,
        total: job.progress.total,
      },
    });
  }

  /** The running job's progress, and that its process is alive. */
  async heartbeat(job: Job): Promise<void> {
    await this.db.job.update({
      where: { id: job.id },
      data: { heartbeatAt: new Date(), done: job.progress.done, total: job.progress.total },
    });
  }

  /** A job some process is running now: its row says running and its heartbeat is recent. */
  async runningSince(aliveAfter: Date): Promise<Job | null> {
    const row = await this.db.job.findFirst({
      where: { state: "running", heartbeatAt: { gte: aliveAfter } },
    });
    return row ? toJob(row) : null;
  }

  /** Records a job's progress, or its end (state, report, error, finishedAt). */
  async save(job: Job): Promise<void> {
    await this.db.job.update({
      where: { id: job.id },
      data: {
        state: job.state,
        finishedAt: job.finishedAt ? new Date(job.finishedAt) : null,
        done: job.progress.done,
        total: job.progress.total,
        report: job.report === null ? null : JSON.stringify(job.report),
        error: job.error,
      },
    });
  }

  async get(id: string): Promise<Job | null> {
    const row = await this.db.job.findUnique({ where: { id } });
    return row ? toJob(row) : null;
  }

  /**
   * Marks the jobs a previous process left running as failed: that process is gone, and
   * a re-extraction swaps its result in one transaction, so it changed nothing. With
   * `silentSince` (a database several processes share), only the jobs whose heartbeat
   * stopped before then: the others are another process's, still running.
   */
  async failInterrupted(at = new Date(), silentSince?: Date): Promise<number> {
    const { count } = await this.db.job.updateMany({
      where: {
        state: "running",
        ...(silentSince ? { OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: silentSince } }] } : {}),
      },
      data: { state: "failed", finishedAt: at, error: INTERRUPTED },
    });
    return count;
  }
}
