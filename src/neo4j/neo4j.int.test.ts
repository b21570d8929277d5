import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDriver, testConnection } from "../../tests/support/neo4j.js";
import { startLocalNeo4j } from "./index.js";

describe("the Neo4j the project runs against", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = connectTestDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it("accepts a Bolt connection", async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\//);
  });

  it("is Neo4j 5.26 with APOC core", async () => {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD versions RETURN versions[0] AS version, apoc.version() AS apoc",
    );
    expect(String(records[0]?.get("version"))).toMatch(/^5\.26\./);
    expect(String(records[0]?.get("apoc"))).toMatch(/^5\.26\./);
  });

  it("passes @neo4j/graphql's own compatibility check", async () => {
    // The smallest schema will do: the check is about the server (version, APOC procedures).
    const graphql = new Neo4jGraphQL({ typeDefs: "type Probe @node { id: ID! }", driver });
    await expect(graphql.checkNeo4jCompat()).resolves.toBeUndefined();
  });

  it("refuses to start a second local server from the same state directory", async ({ skip }) => {
    if (process.env.NEO4J_URI) skip("NEO4J_URI points at an external server");
    const again = await startLocalNeo4j();
    expect(again.alreadyRunning).toBe(true);
    expect(again.connection.uri).toBe(testConnection().uri);
  });
});
