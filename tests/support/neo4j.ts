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

/** Empties the test database: each integration file owns it while it runs (files run serially). */
export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery(
    "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
    {},
    {
      database: testConnection().database,
    },
  );
}
