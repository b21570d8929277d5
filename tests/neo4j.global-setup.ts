import type { TestProject } from "vitest/node";
import {
  connectionFromEnv,
  startLocalNeo4j,
  stopLocalNeo4j,
  type Neo4jConnection,
} from "../src/neo4j/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/**
 * Starts the project's local Neo4j once per run (or reuses the one running, or the one named
 * by NEO4J_URI) and hands its connection to the integration tests. A server this setup
 * started is stopped at the end; one that was already running is left as it was.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const fromEnv = connectionFromEnv(process.env);
  if (fromEnv) {
    project.provide("neo4j", fromEnv);
    return undefined;
  }
  const started = await startLocalNeo4j({ log: (line) => process.stderr.write(`${line}\n`) });
  process.stderr.write(
    `[integration] Neo4j at ${started.connection.uri} (${started.alreadyRunning ? "reused" : "started"})\n`,
  );
  project.provide("neo4j", started.connection);
  if (started.alreadyRunning) return undefined;
  return async () => {
    await stopLocalNeo4j();
  };
}
