import { Neo4jError, type Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  backoffDelays,
  ensureReachable,
  isConnectivityError,
  Neo4jUnreachableError,
} from "./connectivity.js";

const unavailable = () => new Neo4jError("connect ECONNREFUSED", "ServiceUnavailable", "08000", "");
const acquisitionTimeout = () =>
  new Neo4jError(
    "Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 0",
    "N/A",
    "",
    "",
  );
const unauthorized = () =>
  new Neo4jError("The client is unauthorized", "Neo.ClientError.Security.Unauthorized", "42NFF", "");

/** A driver whose verifyConnectivity fails with the given errors, then succeeds. */
function flakyDriver(errors: Error[]): { driver: Driver; calls: () => number } {
  let calls = 0;
  const driver = {
    verifyConnectivity: () => {
      const error = errors[calls++];
      return error ? Promise.reject(error) : Promise.resolve({});
    },
  } as unknown as Driver;
  return { driver, calls: () => calls };
}

const noSleep = () => Promise.resolve();

describe("backoffDelays", () => {
  it("grows by the factor up to the cap, one wait between each two attempts", () => {
    expect(backoffDelays({ attempts: 5, initialDelayMs: 250, factor: 2, maxDelayMs: 1000 })).toEqual([
      250, 500, 1000, 1000,
    ]);
    expect(backoffDelays({ attempts: 1, initialDelayMs: 250, factor: 2, maxDelayMs: 1000 })).toEqual([]);
  });
});

describe("ensureReachable", () => {
  const policy = { attempts: 3, initialDelayMs: 1, factor: 2, maxDelayMs: 4 };

  it("retries while the server is coming up", async () => {
    const { driver, calls } = flakyDriver([unavailable(), unavailable()]);
    await ensureReachable(driver, { uri: "bolt://db:7687", policy, sleep: noSleep });
    expect(calls()).toBe(3);
  });

  it("gives up after the last attempt with an error that names the server", async () => {
    const { driver } = flakyDriver([unavailable(), unavailable(), unavailable()]);
    const attempt = ensureReachable(driver, { uri: "bolt://db:7687", policy, sleep: noSleep });
    await expect(attempt).rejects.toThrow(Neo4jUnreachableError);
    await expect(attempt).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/db:7687 after 3 attempts/);
  });

  it("says a silent server did not answer in time, without retrying and without calling it a refusal", async () => {
    const { driver, calls } = flakyDriver([acquisitionTimeout(), acquisitionTimeout()]);
    const attempt = ensureReachable(driver, { uri: "bolt://db:7687", policy, sleep: noSleep });
    await expect(attempt).rejects.toThrow(
      /Neo4j at bolt:\/\/db:7687 did not answer in time \(Connection acquisition timed out/,
    );
    await expect(attempt).rejects.not.toThrow(/refused/);
    expect(calls()).toBe(1);
  });

  it("names the variable the address came from, and how to use the local server instead", async () => {
    const { driver } = flakyDriver([unavailable(), unavailable(), unavailable()]);
    const attempt = ensureReachable(driver, {
      uri: "bolt://db:7687",
      variable: "NEO4J_URI",
      policy,
      sleep: noSleep,
    });
    await expect(attempt).rejects.toThrow(
      /cannot reach Neo4j at bolt:\/\/db:7687 \(NEO4J_URI\) after 3 attempts .*Check NEO4J_URI, or unset it and run `newsgraph neo4j start`/,
    );
  });

  it("does not retry refused credentials", async () => {
    const { driver, calls } = flakyDriver([unauthorized()]);
    await expect(ensureReachable(driver, { uri: "bolt://db:7687", policy, sleep: noSleep })).rejects.toThrow(
      /refused the connection: The client is unauthorized/,
    );
    expect(calls()).toBe(1);
  });
});

describe("isConnectivityError", () => {
  it("tells a lost server from a bad query", () => {
    expect(isConnectivityError(unavailable())).toBe(true);
    expect(
      isConnectivityError(new Neo4jError("bad", "Neo.ClientError.Statement.SyntaxError", "42001", "")),
    ).toBe(false);
    expect(isConnectivityError(new Error("other"))).toBe(false);
  });
});
