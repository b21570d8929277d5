/**
 * Import progress: a live bar on a terminal, plain lines otherwise (CI logs, pipes), so the
 * same import reads well in both. Either way the last line says what was loaded, how fast,
 * and is written before the import returns, so it comes before the summary.
 */
import cliProgress from "cli-progress";

export interface ImportProgress {
  /** `done` articles (already stored and unchanged) count as loaded from the start. */
  start(total: number, done: number): void;
  advance(done: number): void;
  stop(): void;
}

/**
 * The plain line for a point of the import: counts and percentage, then the rate of the articles
 * this run loaded (none yet: no rate, rather than "0 articles/s").
 */
export function progressLine(done: number, total: number, elapsedMs: number, loadedNow: number): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const counts = `import: ${done}/${total} articles (${percent}%)`;
  if (loadedNow <= 0 || elapsedMs <= 0) return counts;
  const rate = (loadedNow / elapsedMs) * 1000;
  return `${counts}, ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} articles/s`;
}

/** The closing line: what this run loaded and in how long. */
export function finishLine(done: number, total: number, elapsedMs: number, loadedNow: number): string {
  const seconds = (elapsedMs / 1000).toFixed(1);
  if (loadedNow <= 0) return `import: ${done}/${total} articles, nothing new to load (${seconds} s)`;
  return `${progressLine(done, total, elapsedMs, loadedNow)} in ${seconds} s`;
}

interface Clock {
  readonly now: () => number;
}

/** Elapsed time and articles loaded since start, shared by both presentations. */
function runMeter(clock: Clock) {
  let startedAt = 0;
  let initial = 0;
  return {
    begin(done: number) {
      startedAt = clock.now();
      initial = done;
    },
    elapsed: () => clock.now() - startedAt,
    loaded: (done: number) => done - initial,
  };
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
  const meter = runMeter({ now });
  let total = 0;
  let lastLine = -Infinity;
  let last = 0;
  return {
    start(count, done) {
      total = count;
      last = done;
      meter.begin(done);
      options.write(progressLine(done, total, 0, 0));
      lastLine = now();
    },
    advance(done) {
      last = done;
      if (now() - lastLine < interval || done >= total) return;
      options.write(progressLine(done, total, meter.elapsed(), meter.loaded(done)));
      lastLine = now();
    },
    stop() {
      options.write(finishLine(last, total, meter.elapsed(), meter.loaded(last)));
    },
  };
}

/** A progress bar on the terminal `stream`, replaced by the closing line when done. */
export function barProgress(stream: NodeJS.WriteStream): ImportProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "import |{bar}| {value}/{total} articles | {percentage}% | ETA {eta_formatted}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const meter = runMeter({ now: () => performance.now() });
  let total = 0;
  let last = 0;
  return {
    start: (count, done) => {
      total = count;
      last = done;
      meter.begin(done);
      bar.start(count, done);
    },
    advance: (done) => {
      last = done;
      bar.update(done);
    },
    stop: () => {
      bar.stop();
      stream.write(`${finishLine(last, total, meter.elapsed(), meter.loaded(last))}\n`);
    },
  };
}

/** A bar when `stream` is a terminal, plain lines otherwise. */
export function progressFor(stream: NodeJS.WriteStream): ImportProgress {
  if (stream.isTTY) return barProgress(stream);
  return lineProgress({ write: (line) => stream.write(`${line}\n`) });
}
