import cliProgress from "cli-progress";

/** How a batch command reports its items: a bar for a person watching, lines for a log. */
export interface Progress {
  /** The item about to be worked on (the bar shows its name while it runs). */
  begin(item: string): void;
  /** The item is done; `line` is what a log keeps of it. */
  done(line: string, failed?: boolean): void;
  stop(): void;
}

/**
 * A bar on stderr when it is a terminal, otherwise one line per item: a bar redrawn
 * in a file or a CI log is noise, and a log is read item by item. Lines go to stdout
 * and failures to stderr, so `> log` still shows what failed on the screen.
 */
export function createProgress(label: string, total: number, stream = process.stderr): Progress {
  if (!stream.isTTY) {
    return {
      begin() {},
      done(line, failed = false) {
        (failed ? process.stderr : process.stdout).write(`${line}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar({
    format: `${label} [{bar}] {value}/{total} {item}`,
    barCompleteChar: "=",
    barIncompleteChar: " ",
    barsize: 30,
    stream,
    // The bar does the cursor's and line wrapping's bookkeeping; a handler of its
    // own for SIGINT (gracefulExit) would swallow Ctrl-C, so the caller stops it.
    hideCursor: true,
  });
  bar.start(total, 0, { item: "" });
  return {
    begin(item) {
      bar.update({ item });
    },
    done() {
      bar.increment(1, { item: "" });
    },
    stop() {
      bar.stop();
    },
  };
}
