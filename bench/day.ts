/**
 * A day of the world's news on this machine: synthetic articles (bench/synthetic-articles.ts)
 * go through the real extractor (`newsgraph extract --jsonl`, on worker threads) and the stream
 * into the project's local Neo4j (`newsgraph import --from-jsonl`), each command its own
 * process as a user runs them. Reports the time of each stage, the whole, and the peak RSS of
 * each process (GNU time for the commands, VmHWM for Neo4j).
 *
 *   npm run build && NEWSGRAPH_STATE_DIR=.newsgraph-day npx tsx bench/day.ts --articles 20000
 *
 * Same-run baseline: the extraction of the first `--baseline` articles with one worker and with
 * `--workers`. The Neo4j of NEWSGRAPH_STATE_DIR is wiped first: give it a state directory of its own.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { localStatus, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from "../src/neo4j/index.js";
import { syntheticArticles } from "./synthetic-articles.js";

const options = new Command()
  .option("--articles <n>", "articles in the day", "20000")
  .option("--seed <n>", "generator seed", "7")
  .option("--workers <n>", "extraction workers", String(availableParallelism()))
  .option("--baseline <n>", "articles of the one-worker baseline", "1000")
  .option("--keep", "keep the generated articles and stream")
  .parse()
  .opts<{ articles: string; seed: string; workers: string; baseline: string; keep?: boolean }>();

const root = join(import.meta.dirname, "..");
const cli = join(root, "dist/cli/main.js");
const work = join(tmpdir(), `newsgraph-day-${process.pid}`);
const log = (line: string) => process.stdout.write(`${line}\n`);
const load = () => execFileSync("uptime", { encoding: "utf8" }).trim();

interface Measured {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly stderr: string;
}

/** Runs a newsgraph command under GNU time; stdout goes to `out`. */
async function measure(args: readonly string[], out: string | null): Promise<Measured> {
  const startedAt = performance.now();
  const child = spawn("/usr/bin/time", ["-f", "peak-rss-kb %M", process.execPath, cli, ...args], {
    stdio: ["ignore", out === null ? "ignore" : "pipe", "pipe"],
  });
  if (out !== null && child.stdout) child.stdout.pipe(createWriteStream(out));
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  const seconds = (performance.now() - startedAt) / 1000;
  const kb = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? 0);
  if (code !== 0 && code !== 1)
    throw new Error(`newsgraph ${args.join(" ")} failed (${code}):\n${stderr.slice(-2000)}`);
  return { seconds, peakRssMb: kb / 1024, stderr };
}

/** Writes the articles as JSON Lines files of 1,000. */
function writeArticles(dir: string, count: number, seed: number): number {
  mkdirSync(dir, { recursive: true });
  let lines: string[] = [];
  let file = 0;
  const flush = () => {
    writeFileSync(join(dir, `day-${String(file++).padStart(4, "0")}.jsonl`), `${lines.join("\n")}\n`);
    lines = [];
  };
  for (const article of syntheticArticles({ articles: count, seed })) {
    lines.push(JSON.stringify(article));
    if (lines.length === 1_000) flush();
  }
  if (lines.length > 0) flush();
  return file;
}

function neo4jPeakRssMb(): number {
  const status = localStatus();
  if (!status.running) return 0;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${status.pid}/status`, "utf8"))?.[1];
  return Number(hwm ?? 0) / 1024;
}

const articles = Number(options.articles);
const workers = Number(options.workers);
const baseline = Math.min(articles, Number(options.baseline));
statSync(cli);
log(`day benchmark: ${articles} articles, ${workers} workers, seed ${options.seed}`);
log(`at start: ${load()}`);

const started = performance.now();
const files = writeArticles(join(work, "articles"), articles, Number(options.seed));
writeArticles(join(work, "baseline"), baseline, Number(options.seed));
log(`generate: ${((performance.now() - started) / 1000).toFixed(1)} s (${files} files)`);

const one = await measure(["extract", "--jsonl", "--workers", "1", join(work, "baseline")], null);
const many = await measure(
  ["extract", "--jsonl", "--workers", String(workers), join(work, "baseline")],
  null,
);
log(
  `baseline, ${baseline} articles: 1 worker ${one.seconds.toFixed(1)} s (${(baseline / one.seconds).toFixed(0)} articles/s), ` +
    `${workers} workers ${many.seconds.toFixed(1)} s (${(baseline / many.seconds).toFixed(0)} articles/s), ratio ${(one.seconds / many.seconds).toFixed(2)}`,
);
log(`  ${load()}`);

await stopLocalNeo4j();
wipeLocalNeo4j();
await startLocalNeo4j();

const stream = join(work, "day.jsonl");
const extract = await measure(
  ["extract", "--jsonl", "--workers", String(workers), join(work, "articles")],
  stream,
);
log(
  `extract: ${extract.seconds.toFixed(1)} s (${(articles / extract.seconds).toFixed(0)} articles/s), peak RSS ${extract.peakRssMb.toFixed(0)} MB, stream ${(statSync(stream).size / 2 ** 20).toFixed(0)} MB`,
);
log(`  ${load()}`);
const imported = await measure(["import", "--from-jsonl", stream], null);
log(
  `import: ${imported.seconds.toFixed(1)} s (${(articles / imported.seconds).toFixed(0)} articles/s), peak RSS ${imported.peakRssMb.toFixed(0)} MB`,
);
log(
  imported.stderr
    .split("\n")
    .filter((l) => !l.startsWith("import:"))
    .slice(-3)
    .join("\n"),
);
log(`  ${load()}`);
log(`Neo4j peak RSS: ${neo4jPeakRssMb().toFixed(0)} MB`);
log(
  `day total (extract + import): ${(extract.seconds + imported.seconds).toFixed(1)} s; ` +
    `extrapolated to 200,000 articles: ${((((extract.seconds + imported.seconds) / articles) * 200_000) / 60).toFixed(1)} min`,
);
if (options.keep !== true) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
