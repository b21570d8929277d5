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
  /** The environment variable the uri came from, named in the error so the user can fix it. */
  readonly variable?: string | undefined;
  readonly database?: string | undefined;
  readonly policy?: BackoffPolicy;
  readonly sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The driver gave up waiting (connection, handshake or pool): the server accepts but does not answer. */
function isTimeout(error: unknown): boolean {
  return error instanceof Error && /timed out|timeout/i.test(error.message);
}

function hint(options: ReachOptions): string {
  return options.variable
    ? `Check ${options.variable}, or unset it and run \`newsgraph neo4j start\` to use the project's local Neo4j.`
    : "Start the local server with `newsgraph neo4j start`.";
}

/**
 * Resolves once the server answers; throws {@link Neo4jUnreachableError} with the true reason:
 * no answer in time (not retried: a server that accepts and stays silent will not recover in a
 * few seconds), refused credentials or the like (not retried), or no server after the last attempt.
 */
export async function ensureReachable(driver: Driver, options: ReachOptions): Promise<void> {
  const delays = backoffDelays(options.policy ?? DEFAULT_BACKOFF);
  const sleep = options.sleep ?? sleepFor;
  const where = options.variable ? `${options.uri} (${options.variable})` : options.uri;
  for (let attempt = 0; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database: options.database });
      return;
    } catch (error) {
      if (isTimeout(error)) {
        throw new Neo4jUnreachableError(
          `Neo4j at ${where} did not answer in time (${reasonOf(error)}): something accepts ` +
            `connections there but does not speak Bolt, or the server is stuck. ${hint(options)}`,
          { cause: error },
        );
      }
      if (!isConnectivityError(error)) {
        throw new Neo4jUnreachableError(`Neo4j at ${where} refused the connection: ${reasonOf(error)}`, {
          cause: error,
        });
      }
      const delay = delays[attempt];
      if (delay === undefined) {
        throw new Neo4jUnreachableError(
          `cannot reach Neo4j at ${where} after ${attempt + 1} attempts (${reasonOf(error)}). ${hint(options)}`,
          { cause: error },
        );
      }
      await sleep(delay);
    }
  }
}
