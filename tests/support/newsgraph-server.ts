/**
 * The API server composed as `newsgraph serve` composes it (GraphQL with the visualisation
 * service, the explorer page and export routes), on a free local port, for the integration and
 * browser tests.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { createNewsgraphServer } from "../../src/cli/compose.js";
import { clearDatabase, connectTestDriver, testConnection } from "./neo4j.js";

export interface RunningServer {
  /** Without a trailing slash: `${url}/explore`. */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveNewsgraph(driver: Driver, database?: string): Promise<RunningServer> {
  const server = await createNewsgraphServer({
    driver,
    database,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const { url } = await server.listen({ port: 0, host: "127.0.0.1" });
  return { url: url.replace(/\/$/, ""), close: () => server.stop() };
}

/**
 * For a file whose tests all query one server: empties the database, lets `load` write the
 * file's graph, serves it, and closes everything after the last test. Returns the server's URL.
 */
export function useNewsgraphServerOn(
  load: (driver: Driver, database?: string) => Promise<void>,
): () => string {
  let driver: Driver | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    driver = connectTestDriver();
    await clearDatabase(driver);
    await load(driver, testConnection().database);
    server = await serveNewsgraph(driver, testConnection().database);
  });
  afterAll(async () => {
    await server?.close();
    await driver?.close();
  });
  return () => {
    if (!server) throw new Error("the server starts in beforeAll");
    return server.url;
  };
}
