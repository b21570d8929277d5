import type { Command } from "commander";

const log = (line: string) => process.stderr.write(`${line}\n`);
const local = () => import("../../neo4j/index.js");

export function registerNeo4jCommand(program: Command): void {
  const neo4j = program
    .command("neo4j")
    .description("Manage the project's own local Neo4j 5.26 with APOC (used when NEO4J_URI is not set).")
    .addHelpText(
      "after",
      `
Example:
  $ newsgraph neo4j start && eval "$(newsgraph neo4j env | sed 's/^/export /')"`,
    );

  neo4j
    .command("start")
    .description("Start the local Neo4j (downloading it with Maven on first use) and wait until it answers.")
    .addHelpText("after", "\nExample:\n  $ newsgraph neo4j start    # prints the bolt:// URI")
    .action(async () => {
      const result = await (await local()).startLocalNeo4j({ log });
      const how = result.alreadyRunning ? "is already running" : "started";
      process.stdout.write(`Local Neo4j ${how} (pid ${result.pid}) at ${result.connection.uri}\n`);
    });

  neo4j
    .command("stop")
    .description("Stop the local Neo4j cleanly.")
    .addHelpText("after", "\nExample:\n  $ newsgraph neo4j stop")
    .action(async () => {
      const stopped = await (await local()).stopLocalNeo4j();
      process.stdout.write(stopped ? "Local Neo4j stopped.\n" : "Local Neo4j is not running.\n");
    });

  neo4j
    .command("status")
    .description("Tell whether the local Neo4j is running, and where.")
    .addHelpText("after", "\nExample:\n  $ newsgraph neo4j status   # exit code 3 when it is not running")
    .action(async () => {
      const { localStatus, stateDir } = await local();
      const status = localStatus();
      if (status.running) {
        process.stdout.write(`Local Neo4j is running (pid ${status.pid}) at ${status.connection.uri}\n`);
      } else {
        process.stdout.write(`Local Neo4j is not running (data in ${stateDir()}).\n`);
        process.exitCode = 3;
      }
    });

  neo4j
    .command("env")
    .description("Print NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD lines for the running local Neo4j.")
    .addHelpText("after", `\nExample:\n  $ eval "$(newsgraph neo4j env | sed 's/^/export /')"`)
    .action(async () => {
      const { formatConnectionEnv, localStatus } = await local();
      const status = localStatus();
      if (!status.running)
        throw new Error("the local Neo4j is not running; start it with `newsgraph neo4j start`.");
      process.stdout.write(formatConnectionEnv(status.connection));
    });

  neo4j
    .command("wipe")
    .description("Delete the local Neo4j's data, logs and password (it must be stopped).")
    .addHelpText("after", "\nExample:\n  $ newsgraph neo4j stop && newsgraph neo4j wipe")
    .action(async () => {
      const { stateDir, wipeLocalNeo4j } = await local();
      wipeLocalNeo4j();
      process.stdout.write(`Deleted ${stateDir()}.\n`);
    });
}
