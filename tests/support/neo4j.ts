import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
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

/**
 * For a file whose tests each start from an empty database: opens a driver, empties the
 * database before every test and after the last, and closes the driver. Call at the top level.
 */
export function useEmptyDatabaseForEachTest(): () => Driver {
  let driver: Driver | undefined;
  beforeAll(() => {
    driver = connectTestDriver();
  });
  beforeEach(async () => {
    if (driver) await clearDatabase(driver);
  });
  afterAll(async () => {
    if (!driver) return;
    await clearDatabase(driver);
    await driver.close();
  });
  return () => {
    if (!driver) throw new Error("the test driver is opened in beforeAll");
    return driver;
  };
}
