import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import type { CheckedDocument } from "../../graph/index.js";

interface ImportCommandOptions {
  readonly fromJson?: string;
  readonly batchSize: number;
  readonly replaceUnchanged?: boolean;
}

/** The importer's default batch size, said here so that `--help` loads no importer (main.test.ts checks they agree). */
export const HELP_BATCH_SIZE = 250;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a positive integer");
  return n;
}

async function readDocument(file: string): Promise<CheckedDocument> {
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
  return parseExtractionDocument(text, file);
}

async function extractDocument(paths: readonly string[]): Promise<CheckedDocument> {
  const { extractArticles, readInputs } = await import("../../extract/index.js");
  const { checkExtractionDocument } = await import("../../graph/index.js");
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
    .option("--batch-size <n>", "articles per transaction", positiveInteger, HELP_BATCH_SIZE)
    .option("--replace-unchanged", "rewrite articles already stored with the same content too")
    .addHelpText(
      "after",
      `
Examples:
  $ newsgraph import import/ feed.jsonl           # extract and load (a rerun changes nothing)
  $ newsgraph import --from-json out.json         # load what \`extract --json\` wrote`,
    )
    .action(async (paths: string[], options: ImportCommandOptions) => {
      if (options.fromJson !== undefined && paths.length > 0) {
        throw new Error("give either article paths or --from-json <file>, not both");
      }
      if (options.fromJson === undefined && paths.length === 0) {
        throw new Error("nothing to import: give article paths or --from-json <file>");
      }
      const checked =
        options.fromJson === undefined ? await extractDocument(paths) : await readDocument(options.fromJson);

      const { ensureReachable, formatImportSummary, importDocument, progressFor } =
        await import("../../graph/index.js");
      const { openDriver, resolveConnection } = await import("../../neo4j/index.js");
      const connection = await resolveConnection({ log: (line) => process.stderr.write(`${line}\n`) });
      const driver = openDriver(connection);
      try {
        await ensureReachable(driver, { uri: connection.uri, database: connection.database });
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
