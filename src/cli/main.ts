#!/usr/bin/env node
/**
 * The `newsgraph` command line. Only commander and the commands' descriptions load here: each
 * command imports its pipeline, database driver or server when it runs, so `--help` and
 * `--version` answer at once (src/cli/main.test.ts walks the imports to keep it so).
 */
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { registerExportCommand } from "./commands/export.js";
import { registerExtractCommand } from "./commands/extract.js";
import { registerImportCommand } from "./commands/import.js";
import { registerNeo4jCommand } from "./commands/neo4j.js";
import { registerServeCommand } from "./commands/serve.js";
import { reportFatal } from "./report.js";

// Same relative path from src/cli (tsx) and dist/cli (built).
const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  version: string;
};

const program = new Command()
  .name("newsgraph")
  .description("Turn news articles into a timeline and entity knowledge graph (Neo4j + GraphQL).")
  .version(version)
  .showHelpAfterError()
  .addHelpText(
    "after",
    `
Start here:
  $ newsgraph serve                      # Neo4j, the demo articles, GraphQL at http://localhost:4000/
  $ newsgraph extract import/            # what the extractor finds, article by article
  $ newsgraph import my-articles/        # extract and load into Neo4j
Each command's --help has an example.`,
  );

registerNeo4jCommand(program);
registerExtractCommand(program);
registerImportCommand(program);
registerServeCommand(program);
registerExportCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  reportFatal(error);
  // A socket to a server that never answers may keep the process alive: the error is final.
  setTimeout(() => process.exit(), 2_000).unref();
});
