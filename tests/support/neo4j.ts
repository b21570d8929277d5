import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { openDriver, type Neo4jConnection } from "../../src/neo4j/index.js";

/** The connection the integration global setup started or found. */
export function testConnection(): Neo4jConnection {
  return inject("neo4j");
}

/** A driver on the test database; close it in afterAll. */
export function connectTestDriver(): Driver {
  return openDriver(testConnection());
}

/**
 * Empties the test database: each integration file owns it while it runs (files run serially).
 * Deletes in chunks, so a large graph left by a benchmark fits the server's transaction memory.
 */
export async function clearDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = driver.session({ database: testConnection().database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}
