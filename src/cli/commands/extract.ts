import { once } from "node:events";
import { InvalidArgumentError, type Command } from "commander";
import type { Diagnostic, ExtractionDocument, StreamRecord } from "../../domain/types.js";
import type { AnalysisPool } from "../../extract/index.js";

/**
 * `--json` holds the whole document in one string: past this many articles (about 30 KB of JSON
 * each) it nears Node's largest string, so larger inputs are refused with a pointer to `--jsonl`.
 */
export const MAX_JSON_ARTICLES = 5_000;

/** Articles per extraction batch (`--batch`): what `--jsonl` and `import` hold in memory at once. */
export const DEFAULT_EXTRACT_BATCH = 1_000;

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

/** vfile-style: `file:line: severity rule: reason`. */
function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${String(d.line)}`;
  return `${where}: ${d.severity} ${d.rule}: ${d.reason}`;
}

/** Prints a document's warnings and errors; true when there was an error. */
export function reportDiagnostics(doc: ExtractionDocument): boolean {
  const all = [...doc.diagnostics, ...doc.articles.flatMap((a) => a.diagnostics)];
  for (const d of all) {
    if (d.severity !== "info") process.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  return all.some((d) => d.severity === "error");
}

/** Writes a line to stdout, waiting when the pipe is full so memory stays bounded. */
async function writeLine(record: StreamRecord): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(record)}\n`)) await once(process.stdout, "drain");
}

async function extractStream(
  paths: readonly string[],
  pool: AnalysisPool,
  batchSize: number,
): Promise<boolean> {
  const { extractBatches, readInputBatches, streamRecords } = await import("../../extract/index.js");
  let failed = false;
  await writeLine({ type: "stream", version: 1 });
  for await (const doc of extractBatches(readInputBatches(paths, batchSize), pool)) {
    failed = reportDiagnostics(doc) || failed;
    for (const record of streamRecords(doc)) await writeLine(record);
  }
  return failed;
}

async function extractDocument(
  paths: readonly string[],
  pool: AnalysisPool,
  json: boolean,
): Promise<boolean> {
  const { assembleDocument, formatSummary, readInputs } = await import("../../extract/index.js");
  const { articles, diagnostics } = await readInputs(paths);
  if (json && articles.length > MAX_JSON_ARTICLES) {
    throw new Error(
      `extract --json writes one document and takes at most ${MAX_JSON_ARTICLES} articles ` +
        `(${articles.length} given); use --jsonl for a stream of any size`,
    );
  }
  const doc = assembleDocument(await pool.analyze(articles), diagnostics);
  const failed = reportDiagnostics(doc);
  process.stdout.write(json ? `${JSON.stringify(doc, null, 2)}\n` : formatSummary(doc));
  return failed;
}

export function registerExtractCommand(program: Command): void {
  program
    .command("extract")
    .description("Extract events, actors, places and quotes from articles (files or directories)")
    .option("--json", `print the extraction document as JSON (at most ${MAX_JSON_ARTICLES} articles)`)
    .option(
      "--jsonl",
      "print an extraction stream (JSON Lines: a record per article and per event), batch by batch",
    )
    .option("--workers <n>", "worker threads for extraction (default: every core)", positiveInteger)
    .option("--batch <n>", "articles per batch of --jsonl", positiveInteger, DEFAULT_EXTRACT_BATCH)
    .argument("<paths...>", "article files (.txt, .md, .json, .jsonl) or directories of them")
    .addHelpText(
      "after",
      `
Examples:
  $ newsgraph extract import/                     # a readable summary per article
  $ newsgraph extract --json import/ > out.json   # the document \`import --from-json\` loads
  $ newsgraph extract --jsonl big/ > out.jsonl    # a stream of any size, for \`import --from-jsonl\``,
    )
    .action(
      async (
        paths: string[],
        options: { json?: boolean; jsonl?: boolean; workers?: number; batch: number },
      ) => {
        if (options.json === true && options.jsonl === true)
          throw new Error("give either --json or --jsonl, not both");
        const { defaultWorkers, openAnalysisPool } = await import("../../extract/index.js");
        const pool = openAnalysisPool(options.workers ?? defaultWorkers({ localNeo4j: false }));
        try {
          const failed =
            options.jsonl === true
              ? await extractStream(paths, pool, options.batch)
              : await extractDocument(paths, pool, options.json === true);
          if (failed) process.exitCode = 1;
        } finally {
          await pool.close();
        }
      },
    );
}
