/**
 * Reaching Neo4j: a few attempts with exponential backoff while the server comes up, then a
 * clear error naming the server. Transient failures inside transactions are retried by the
 * driver's `executeWrite` itself; what survives those retries means the server is gone.
 */
import { isRetryableError, Neo4jError, type Driver } from "neo4j-driver";

export class Neo4jUnreachableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "Neo4jUnreachableError";
  }
}

export interface BackoffPolicy {
  readonly attempts: number;
  readonly initialDelayMs: number;
  readonly factor: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  attempts: 5,
  initialDelayMs: 250,
  factor: 2,
  maxDelayMs: 4_000,
};

/** The waits between attempts: `attempts - 1` of them, growing by `factor` up to `maxDelayMs`. */
export function backoffDelays(policy: BackoffPolicy): number[] {
  return Array.from({ length: Math.max(0, policy.attempts - 1) }, (_, i) =>
    Math.min(policy.maxDelayMs, policy.initialDelayMs * policy.factor ** i),
  );
}

/** Whether an error means the server cannot be talked to (as opposed to a bad query or bad data). */
export function isConnectivityError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return error.code === "ServiceUnavailable" || error.code === "SessionExpired" || isRetryableError(error);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
}

export interface ReachOptions {
  /** Shown in the error: where we tried to connect. */
  readonly uri: string;
  readonly database?: string;
  readonly policy?: BackoffPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once the server answers; throws {@link Neo4jUnreachableError} after the last attempt. */
export async function ensureReachable(driver: Driver, options: ReachOptions): Promise<void> {
  const delays = backoffDelays(options.policy ?? DEFAULT_BACKOFF);
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 0; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database: options.database });
      return;
    } catch (error) {
      const delay = delays[attempt];
      if (!isConnectivityError(error)) {
        throw new Neo4jUnreachableError(
          `Neo4j at ${options.uri} refused the connection: ${reasonOf(error)}`,
          {
            cause: error,
          },
        );
      }
      if (delay === undefined) {
        throw new Neo4jUnreachableError(
          `cannot reach Neo4j at ${options.uri} after ${attempt + 1} attempts (${reasonOf(error)}). ` +
            "Start the local server with `newsgraph neo4j start`, or point NEO4J_URI at a running one.",
          { cause: error },
        );
      }
      await sleep(delay);
    }
  }
}
