import type { Command } from "commander";
import type { CheckedDocument } from "../../graph/index.js";
import { DEFAULT_EXTRACT_BATCH, positiveInteger } from "./extract.js";

/** The importer's default batch size, said here so that `--help` loads no importer (main.test.ts checks they agree). */
export const HELP_BATCH_SIZE = 250;

interface ImportCommandOptions {
  readonly fromJson?: string;
  readonly fromJsonl?: string;
  readonly batchSize: number;
  readonly extractBatch: number;
  readonly workers?: number;
  readonly replaceUnchanged?: boolean;
}

async function* readDocument(file: string): AsyncGenerator<CheckedDocument> {
  const { readFile } = await import("node:fs/promises");
  const { DocumentError, parseExtractionDocument } = await import("../../graph/index.js");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new DocumentError(
      file,
      `cannot read it (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  yield parseExtractionDocument(text, file);
}

/** Extracts the articles batch by batch (on worker threads), each batch loaded before the next is read. */
async function* extractDocuments(
  paths: readonly string[],
  options: ImportCommandOptions,
): AsyncGenerator<CheckedDocument> {
  const { defaultWorkers, extractBatches, openAnalysisPool, readInputBatches } =
    await import("../../extract/index.js");
  const { checkExtractionDocument } = await import("../../graph/index.js");
  const pool = openAnalysisPool(
    options.workers ?? defaultWorkers({ localNeo4j: process.env.NEO4J_URI === undefined }),
  );
  try {
    for await (const doc of extractBatches(readInputBatches(paths, options.extractBatch), pool)) {
      process.stderr.write(`extracted ${doc.articles.length} articles\n`);
      // The extraction's output goes through the same checks as a document read from a file.
      yield checkExtractionDocument(doc, "extraction");
    }
  } finally {
    await pool.close();
  }
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "Extract articles (files, directories, JSON Lines) and load them into Neo4j, or load an extraction document or stream",
    )
    .argument("[paths...]", "article files (.txt, .md, .json, .jsonl) or directories of them")
    .option("--from-json <file>", "load this extraction document (from `newsgraph extract --json`) instead")
    .option(
      "--from-jsonl <file>",
      "load this extraction stream (from `newsgraph extract --jsonl`; - for stdin) instead",
    )
    .option("--batch-size <n>", "articles per transaction", positiveInteger, HELP_BATCH_SIZE)
    .option(
      "--extract-batch <n>",
      "articles extracted (and held in memory) at a time",
      positiveInteger,
      DEFAULT_EXTRACT_BATCH,
    )
    .option(
      "--workers <n>",
      "worker threads for extraction (default: the cores Neo4j leaves)",
      positiveInteger,
    )
    .option("--replace-unchanged", "rewrite articles already stored with the same content too")
    .addHelpText(
      "after",
      `
Examples:
  $ newsgraph import import/ feed.jsonl           # extract and load (a rerun changes nothing)
  $ newsgraph import --from-json out.json         # load what \`extract --json\` wrote
  $ newsgraph extract --jsonl big/ | newsgraph import --from-jsonl -   # a stream of any size`,
    )
    .action(async (paths: string[], options: ImportCommandOptions) => {
      const sources = [paths.length > 0, options.fromJson !== undefined, options.fromJsonl !== undefined];
      if (sources.filter(Boolean).length > 1) {
        throw new Error("give one of: article paths, --from-json <file>, --from-jsonl <file>");
      }
      if (!sources.some(Boolean)) {
        throw new Error("nothing to import: give article paths, --from-json <file> or --from-jsonl <file>");
      }
      const {
        DocumentError,
        ensureReachable,
        formatImportSummary,
        importDocuments,
        openExtractionStream,
        progressFor,
      } = await import("../../graph/index.js");
      const { openDriver, resolveConnection } = await import("../../neo4j/index.js");
      const documentFile = options.fromJson ?? options.fromJsonl ?? "extraction";
      const documents =
        options.fromJson !== undefined
          ? readDocument(options.fromJson)
          : options.fromJsonl !== undefined
            ? openExtractionStream(options.fromJsonl)
            : extractDocuments(paths, options);

      const connection = await resolveConnection({ log: (line) => process.stderr.write(`${line}\n`) });
      const driver = openDriver(connection);
      try {
        await ensureReachable(driver, connection);
        const summary = await importDocuments(driver, documents, {
          database: connection.database,
          batchSize: options.batchSize,
          replaceUnchanged: options.replaceUnchanged === true,
          documentFile,
          progress: progressFor(process.stderr),
        });
        if (summary === null) throw new DocumentError(documentFile, "holds no articles");
        process.stdout.write(formatImportSummary(summary));
        if (summary.failures.length > 0) process.exitCode = 1;
      } finally {
        await driver.close();
      }
    });
}
