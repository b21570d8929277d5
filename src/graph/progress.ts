/**
 * Import progress: a live bar on a terminal, plain lines otherwise (CI logs, pipes), so the
 * same import reads well in both.
 */
import cliProgress from "cli-progress";

export interface ImportProgress {
  /** `done` articles (already stored and unchanged) count as loaded from the start. */
  start(total: number, done: number): void;
  advance(done: number): void;
  stop(): void;
}

/** The plain line for a point of the import: counts, percentage and rate. */
export function progressLine(done: number, total: number, elapsedMs: number, loadedNow: number): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const rate = elapsedMs > 0 ? Math.round((loadedNow / elapsedMs) * 1000) : 0;
  return `import: ${done}/${total} articles (${percent}%), ${rate} articles/s`;
}

export interface LineProgressOptions {
  readonly write: (line: string) => void;
  /** At most one line per this many ms, besides the first and the last. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

/** Plain progress lines, throttled. */
export function lineProgress(options: LineProgressOptions): ImportProgress {
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 2_000;
  let total = 0;
  let startedAt = 0;
  let initial = 0;
  let lastLine = -Infinity;
  let last = 0;
  const emit = (done: number) => {
    const at = now();
    options.write(progressLine(done, total, at - startedAt, done - initial));
    lastLine = at;
  };
  return {
    start(count, done) {
      total = count;
      initial = done;
      last = done;
      startedAt = now();
      emit(done);
    },
    advance(done) {
      last = done;
      if (now() - lastLine >= interval && done < total) emit(done);
    },
    stop() {
      emit(last);
    },
  };
}

/** A progress bar on the terminal `stream`. */
export function barProgress(stream: NodeJS.WriteStream): ImportProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "import |{bar}| {value}/{total} articles | {percentage}% | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total, done) => {
      bar.start(total, done);
    },
    advance: (done) => {
      bar.update(done);
    },
    stop: () => {
      bar.stop();
    },
  };
}

/** A bar when `stream` is a terminal, plain lines otherwise. */
export function progressFor(stream: NodeJS.WriteStream): ImportProgress {
  if (stream.isTTY) return barProgress(stream);
  return lineProgress({ write: (line) => stream.write(`${line}\n`) });
}
