/**
 * The API server composed as `newsgraph serve` composes it (GraphQL with the visualisation
 * service, the explorer page and export routes), on a free local port, for the integration and
 * browser tests.
 */
import type { Driver } from "neo4j-driver";
import { createNewsgraphServer } from "../../src/cli/compose.js";

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
