#!/usr/bin/env node
import { Command } from "commander";
import { registerExportCommand } from "./commands/export.js";
import { registerExtractCommand } from "./commands/extract.js";
import { registerImportCommand } from "./commands/import.js";
import { registerNeo4jCommand } from "./commands/neo4j.js";
import { registerServeCommand } from "./commands/serve.js";
import { reportFatal } from "./report.js";

const program = new Command()
  .name("newsgraph")
  .description("Turn news articles into a timeline and entity knowledge graph (Neo4j + GraphQL).")
  .showHelpAfterError();

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
