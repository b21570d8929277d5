import { Option, type Command } from "commander";
import type { Driver } from "neo4j-driver";

const log = (line: string) => process.stderr.write(`${line}\n`);

interface ServeOptions {
  readonly port: number;
  readonly host?: string;
  readonly importDir: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}.`);
  }
  return port;
}

async function isDatabaseEmpty(driver: Driver, database: string | undefined): Promise<boolean> {
  const { records } = await driver.executeQuery(
    "MATCH (n) RETURN count(n) > 0 AS any LIMIT 1",
    {},
    { database },
  );
  return records[0]?.get("any") !== true;
}

/** The command line to paste to try the API once it is up. */
function firstQuery(graphqlUrl: string): string {
  const query = JSON.stringify({
    query: '{ timeline(actor: "Biden", first: 5) { date type summary participants { name } } }',
  });
  return `curl -s ${graphqlUrl} -H 'content-type: application/json' -d '${query}'`;
}

async function importWhenEmpty(
  driver: Driver,
  database: string | undefined,
  importDir: string,
): Promise<void> {
  if (!(await isDatabaseEmpty(driver, database))) return;
  const { extractAndImport } = await import("../../api/index.js");
  const { readInputs } = await import("../../extract/index.js");
  const { progressFor } = await import("../../graph/index.js");
  const inputs = await readInputs([importDir]);
  log(
    `The database is empty: extracting and importing the ${inputs.articles.length} articles in ${importDir}/…`,
  );
  const report = await extractAndImport(driver, database, inputs.articles, inputs.diagnostics, importDir, {
    progress: progressFor(process.stderr),
  });
  log(`Imported ${report.articles} articles (${report.events} events, ${report.quotes} quotes).`);
  for (const problem of report.diagnostics.filter((d) => d.severity === "error")) {
    log(`  ${problem.file}: ${problem.reason} (${problem.rule})`);
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description(
      "Serve the GraphQL API, its playground and the explorer (starting the local Neo4j when NEO4J_URI " +
        "is not set, and importing import/ when the database is empty).",
    )
    .addOption(
      new Option("-p, --port <port>", "port to listen on").default(4000).argParser(parsePort).env("PORT"),
    )
    .option("--host <host>", "interface to listen on (default: all)")
    .option("--import-dir <dir>", "articles to import when the database is empty", "import")
    .addHelpText(
      "after",
      `
Example:
  $ newsgraph serve --port 4000    # then open http://localhost:4000/ and http://localhost:4000/explore`,
    )
    .action(async (options: ServeOptions) => {
      const { apiSettingsFromEnv, GRAPHQL_PATH } = await import("../../api/index.js");
      const { openDriver, resolveConnection } = await import("../../neo4j/index.js");
      const { ensureReachable, ensureSchema } = await import("../../graph/index.js");
      const { createNewsgraphServer } = await import("../compose.js");
      const connection = await resolveConnection({ log });
      const driver = openDriver(connection);
      try {
        await ensureReachable(driver, connection);
        // Name lookup and search read the full-text indexes: a database loaded by an older
        // version gets them (rebuilt if their setup changed) before the first query.
        await ensureSchema(driver, connection.database);
        await importWhenEmpty(driver, connection.database, options.importDir);
        const settings = apiSettingsFromEnv(process.env);
        const server = await createNewsgraphServer({
          driver,
          database: connection.database,
          apiToken: settings.apiToken,
          corsOrigins: settings.corsOrigins,
          introspection: settings.introspection,
          log,
        });
        const { url } = await server.listen({
          port: options.port,
          ...(options.host ? { host: options.host } : {}),
        });
        const at = (path: string) => new URL(path, url).href;
        process.stdout.write(
          `newsgraph is ready:\n` +
            `  playground  ${url}   (example queries: timelines, quotes, search, disagreements)\n` +
            `  explorer    ${at("/explore")}   (network, timeline, map)\n` +
            `  GraphQL     ${at(GRAPHQL_PATH)}   health ${at("/health")}\n` +
            `  exports     ${at("/export/gexf")} (and graphology, cytoscape, timeline, geojson, csv-nodes, csv-edges)\n` +
            `Try:\n  ${firstQuery(at(GRAPHQL_PATH))}\n` +
            (settings.apiToken ? "" : "ingestArticles is disabled: set NEWSGRAPH_API_TOKEN to enable it.\n"),
        );
        await new Promise<void>((resolve) => {
          const shutdown = (signal: NodeJS.Signals) => {
            log(`${signal}: finishing requests in flight, then stopping.`);
            resolve();
          };
          process.once("SIGINT", shutdown);
          process.once("SIGTERM", shutdown);
        });
        await server.stop();
      } finally {
        await driver.close();
      }
    });
}
