import { readFile } from "node:fs/promises";
import { InvalidArgumentError, type Command } from "commander";
import { extractArticles, readInputs } from "../../extract/index.js";
import {
  checkExtractionDocument,
  DEFAULT_BATCH_SIZE,
  DocumentError,
  ensureReachable,
  formatImportSummary,
  importDocument,
  parseExtractionDocument,
  progressFor,
  type CheckedDocument,
} from "../../graph/index.js";
import { openDriver, resolveConnection } from "../../neo4j/index.js";

interface ImportCommandOptions {
  readonly fromJson?: string;
  readonly batchSize: number;
  readonly replaceUnchanged?: boolean;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

async function readDocument(file: string): Promise<CheckedDocument> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new DocumentError(
      file,
      `cannot read it (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return parseExtractionDocument(text, file);
}

async function extractDocument(paths: readonly string[]): Promise<CheckedDocument> {
  const { articles, diagnostics } = await readInputs(paths);
  process.stderr.write(`extracting ${articles.length} articles…\n`);
  // The extraction's output goes through the same checks as a document read from a file.
  return checkExtractionDocument(extractArticles(articles, diagnostics), "extraction");
}

export function registerImportCommand(program: Command): void {
  program
    .command("import")
    .description(
      "Extract articles (files, directories, JSON Lines) and load them into Neo4j, or load an extraction document",
    )
    .argument("[paths...]", "article files (.txt, .md, .json, .jsonl) or directories of them")
    .option("--from-json <file>", "load this extraction document (from `newsgraph extract --json`) instead")
    .option("--batch-size <n>", "articles per transaction", positiveInteger, DEFAULT_BATCH_SIZE)
    .option("--replace-unchanged", "rewrite articles already stored with the same content too")
    .action(async (paths: string[], options: ImportCommandOptions) => {
      if (options.fromJson !== undefined && paths.length > 0) {
        throw new Error("give either article paths or --from-json <file>, not both");
      }
      if (options.fromJson === undefined && paths.length === 0) {
        throw new Error("nothing to import: give article paths or --from-json <file>");
      }
      const checked =
        options.fromJson === undefined ? await extractDocument(paths) : await readDocument(options.fromJson);

      const connection = await resolveConnection({ log: (line) => process.stderr.write(`${line}\n`) });
      const driver = openDriver(connection);
      try {
        await ensureReachable(driver, connection);
        const summary = await importDocument(driver, checked, {
          database: connection.database,
          batchSize: options.batchSize,
          replaceUnchanged: options.replaceUnchanged === true,
          documentFile: options.fromJson ?? "extraction",
          progress: progressFor(process.stderr),
        });
        process.stdout.write(formatImportSummary(summary));
        if (summary.failures.length > 0) process.exitCode = 1;
      } finally {
        await driver.close();
      }
    });
}
