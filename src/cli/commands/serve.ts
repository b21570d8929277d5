import { Option, type Command } from "commander";
import type { Driver } from "neo4j-driver";
import { apiSettingsFromEnv, extractAndImport, GRAPHQL_PATH } from "../../api/index.js";
import { readInputs } from "../../extract/index.js";
import { ensureReachable } from "../../graph/index.js";
import { openDriver, resolveConnection } from "../../neo4j/index.js";
import { createNewsgraphServer } from "../compose.js";

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
function firstQuery(url: string): string {
  const query = JSON.stringify({
    query: '{ timeline(actor: "Joe Biden", first: 5) { date type summary participants { name } } }',
  });
  return `curl -s ${new URL(GRAPHQL_PATH, url).href} -H 'content-type: application/json' -d '${query}'`;
}

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description(
      "Serve the GraphQL API and its playground (starting the local Neo4j when NEO4J_URI is not set, " +
        "and importing import/ when the database is empty).",
    )
    .addOption(
      new Option("-p, --port <port>", "port to listen on").default(4000).argParser(parsePort).env("PORT"),
    )
    .option("--host <host>", "interface to listen on (default: all)")
    .option("--import-dir <dir>", "articles to import when the database is empty", "import")
    .action(async (options: ServeOptions) => {
      const connection = await resolveConnection({ log });
      const driver = openDriver(connection);
      try {
        await ensureReachable(driver, connection);
        if (await isDatabaseEmpty(driver, connection.database)) {
          log(`The database is empty: importing ${options.importDir}/ …`);
          const inputs = await readInputs([options.importDir]);
          const report = await extractAndImport(
            driver,
            connection.database,
            inputs.articles,
            inputs.diagnostics,
            options.importDir,
          );
          log(
            `Imported ${report.articles} articles (${report.events} events, ${report.quotes} quotes extracted).`,
          );
          for (const problem of report.diagnostics.filter((d) => d.severity === "error")) {
            log(`  ${problem.file}: ${problem.reason} (${problem.rule})`);
          }
        }
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
        process.stdout.write(
          `newsgraph API at ${url} (playground), GraphQL at ${new URL(GRAPHQL_PATH, url).href}, health at ${new URL("/health", url).href}\n` +
            `Explorer at ${new URL("/explore", url).href}, exports at ${new URL("/export/gexf", url).href} (and graphology, cytoscape, timeline, geojson, csv-nodes, csv-edges)\n` +
            `Try:\n  ${firstQuery(url)}\n` +
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
