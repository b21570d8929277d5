/** `/health`: whether the API can reach Neo4j, answered within a bounded time. */
import type { Driver } from "neo4j-driver";

export interface HealthReport {
  readonly status: "ok" | "unavailable";
  readonly neo4j: { readonly reachable: boolean; readonly latencyMs: number; readonly error?: string };
}

export async function checkHealth(
  driver: Driver,
  database: string | undefined,
  timeoutMs = 2000,
): Promise<HealthReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([driver.executeQuery("RETURN 1", {}, { database }), timeout]);
    return { status: "ok", neo4j: { reachable: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    // The driver's message may name hosts; the code (e.g. ServiceUnavailable) is enough to act on.
    const code =
      typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
        ? error.code
        : error instanceof Error
          ? error.message
          : "unknown error";
    return {
      status: "unavailable",
      neo4j: { reachable: false, latencyMs: Math.round(performance.now() - started), error: code },
    };
  } finally {
    clearTimeout(timer);
  }
}
