import { describe, expect, it } from "vitest";
import { connectionFromEnv, formatConnectionEnv } from "./connection.js";

describe("connectionFromEnv", () => {
  it("is null when NEO4J_URI is not set, so the local server is used", () => {
    expect(connectionFromEnv({})).toBeNull();
    expect(connectionFromEnv({ NEO4J_URI: "  " })).toBeNull();
  });

  it("reads the four variables, defaulting the user and the database, and says where they came from", () => {
    expect(connectionFromEnv({ NEO4J_URI: "neo4j://db:7687", NEO4J_PASSWORD: "pw" })).toEqual({
      uri: "neo4j://db:7687",
      username: "neo4j",
      password: "pw",
      database: undefined,
      variable: "NEO4J_URI",
    });
    expect(
      connectionFromEnv({
        NEO4J_URI: "neo4j+s://x.databases.neo4j.io",
        NEO4J_USERNAME: "reader",
        NEO4J_PASSWORD: "pw",
        NEO4J_DATABASE: "news",
      })?.database,
    ).toBe("news");
  });
});

describe("formatConnectionEnv", () => {
  it("prints one KEY=value line per variable, the database only when set", () => {
    const text = formatConnectionEnv({
      uri: "bolt://127.0.0.1:1234",
      username: "neo4j",
      password: "s",
      database: undefined,
    });
    expect(text).toBe("NEO4J_URI=bolt://127.0.0.1:1234\nNEO4J_USERNAME=neo4j\nNEO4J_PASSWORD=s\n");
    expect(formatConnectionEnv({ uri: "u", username: "n", password: "p", database: "d" })).toContain(
      "NEO4J_DATABASE=d\n",
    );
  });
});
