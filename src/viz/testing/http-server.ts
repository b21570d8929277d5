/** A plain Node HTTP server with only the visualisation routes, for the integration tests. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { createVisualisationRoutes } from "../http/routes.js";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveVisualisation(driver: Driver, database?: string): Promise<RunningServer> {
  const handle = createVisualisationRoutes({
    driver,
    database,
    onError: (error) => {
      process.stderr.write(
        `[viz] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    },
  });
  const server: Server = createServer((request, response) => {
    handle(request, response)
      .then((handled) => {
        if (!handled) response.writeHead(404).end();
      })
      .catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
