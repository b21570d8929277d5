/**
 * The API server as `newsgraph serve` runs it: GraphQL with the import pipeline behind
 * `ingestArticles` and the visualisation service behind `export` and `explorerData`, plus the
 * explorer page and export downloads as HTTP routes. The browser and API tests serve the same.
 */
import type { Driver } from "neo4j-driver";
import {
  createApiServer,
  createPipelineIngest,
  type ApiServer,
  type ApiServerOptions,
} from "../api/index.js";
import { createVisualisationRoutes } from "../viz/index.js";
import { createVisualisationService } from "./visualisation-service.js";

export interface NewsgraphServerOptions {
  readonly driver: Driver;
  readonly database?: string | undefined;
  readonly apiToken?: string | undefined;
  readonly corsOrigins?: ApiServerOptions["corsOrigins"];
  readonly introspection?: boolean;
  readonly log: (line: string) => void;
}

export function createNewsgraphServer(options: NewsgraphServerOptions): Promise<ApiServer> {
  const { driver, database, log } = options;
  return createApiServer({
    driver,
    database,
    apiToken: options.apiToken,
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.introspection === undefined ? {} : { introspection: options.introspection }),
    ingest: createPipelineIngest(driver, database),
    visualisation: createVisualisationService({ driver, database }),
    routes: [
      createVisualisationRoutes({
        driver,
        database,
        onError: (error) => {
          log(`[explore] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        },
      }),
    ],
    log,
  });
}
