import cliProgress from "cli-progress";
import { SeedError } from "../lib/seed-error.ts";

/** How a batch command reports its items: a bar for a person watching, lines for a log. */
export interface Progress {
  /** Whether a bar is drawn; without one, every item was already reported as a line. */
  readonly bar: boolean;
  /** The item about to be worked on (the bar shows its name while it runs). */
  begin(item: string): void;
  /** The item is done; `line` is what a log keeps of it. */
  done(line: string, failed?: boolean): void;
  stop(): void;
}

/**
 * A bar on stderr when it is a terminal, otherwise one line per item: a bar redrawn
 * in a file or a CI log is noise, and a log is read item by item. Lines go to stdout
 * and failures to stderr, so `> log` still shows on screen what failed.
 */
export function createProgress(label: string, total: number, stream = process.stderr): Progress {
  if (!stream.isTTY) {
    return {
      bar: false,
      begin() {},
      done(line, failed = false) {
        (failed ? process.stderr : process.stdout).write(`${line}\n`);
      },
      stop() {},
    };
  }
  // Not gracefulExit: its SIGINT handler stops the bar but swallows Ctrl-C, so the
  // caller handles signals and calls stop(), which restores the cursor and wrapping.
  const bar = new cliProgress.SingleBar({
    format: `${label} [{bar}] {value}/{total} {item}`,
    barCompleteChar: "=",
    barIncompleteChar: " ",
    barsize: 30,
    hideCursor: true,
    stream,
  });
  // Drawn from the first item on, so what the caller prints while setting up is not
  // interleaved with it.
  let started = false;
  return {
    bar: true,
    begin(item) {
      if (started) bar.update({ item });
      else bar.start(total, 0, { item });
      started = true;
    },
    done() {
      bar.increment(1, { item: "" });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/**
 * One line saying why an item failed, without the file name the caller prints anyway:
 * a SeedError's detail ("header: id: must be a lowercase slug…"), a file system error
 * without its code and syscall, or the last line of a multi-line (Prisma) message,
 * which is where the cause is.
 */
export function failureReason(err: unknown): string {
  if (err instanceof SeedError) return err.message.slice(err.file.length + 2);
  if (!(err instanceof Error)) return String(err);
  const fsError = /^[A-Z]+: (.+?), \w+ '.*'$/.exec(err.message);
  if (fsError?.[1]) return fsError[1];
  const lines = err.message.split("\n").filter((l) => l.trim() !== "");
  return lines.at(-1)?.trim() ?? err.name;
}
