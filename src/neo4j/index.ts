/**
 * Where newsgraph's Neo4j is: the one named by NEO4J_URI, or else the project's own local
 * Neo4j 5.26 Community with APOC, started (and downloaded on first use) on demand.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { connectionFromEnv, type Neo4jConnection } from "./connection.js";
import { startLocalNeo4j } from "./local-server.js";

export { connectionFromEnv, formatConnectionEnv, type Neo4jConnection } from "./connection.js";
export {
  localStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
  wipeLocalNeo4j,
  type StartResult,
} from "./local-server.js";
export { LocalNeo4jError } from "./prerequisites.js";
export { stateDir } from "./paths.js";

export interface ResolveOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
}

/** The environment's Neo4j when NEO4J_URI is set; otherwise the local one, started if needed. */
export async function resolveConnection(options: ResolveOptions = {}): Promise<Neo4jConnection> {
  const fromEnv = connectionFromEnv(options.env ?? process.env);
  if (fromEnv) return fromEnv;
  const started = await startLocalNeo4j(options);
  return started.connection;
}

/**
 * How long the driver waits, so that nothing hangs on a server that accepts connections and
 * never answers: opening a connection, getting one from the pool (which includes opening it
 * and the Bolt handshake), and retrying a transaction that failed on a transient error.
 */
export const DRIVER_TIMEOUTS = {
  connectionTimeout: 5_000,
  connectionAcquisitionTimeout: 10_000,
  maxTransactionRetryTime: 15_000,
} as const;

/** A driver for the connection; the caller closes it. */
export function openDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    disableLosslessIntegers: true,
    ...DRIVER_TIMEOUTS,
  });
}
