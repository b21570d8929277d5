import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDriver } from "./index.js";
import { answers, localStatus, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from "./local-server.js";

// A second local server in a scratch state directory, apart from the one the suite uses.
describe.skipIf(Boolean(process.env.NEO4J_URI))("the local Neo4j's life cycle", () => {
  const env = { ...process.env, NEWSGRAPH_STATE_DIR: mkdtempSync(join(tmpdir(), "newsgraph-lifecycle-")) };
  afterAll(async () => {
    await stopLocalNeo4j(env);
    rmSync(env.NEWSGRAPH_STATE_DIR, { recursive: true, force: true });
  });

  it("starts once even when asked twice at the same moment, and answers", async () => {
    const [first, second] = await Promise.all([startLocalNeo4j({ env }), startLocalNeo4j({ env })]);
    expect([first.alreadyRunning, second.alreadyRunning].sort()).toEqual([false, true]);
    expect(first.pid).toBe(second.pid);
    expect(await answers(first.connection)).toBe(true);
    expect(localStatus(env)).toMatchObject({ running: true, pid: first.pid });
    const driver = openDriver(first.connection);
    await driver.executeQuery("CREATE (:LifecycleProbe {at: datetime()})");
    await driver.close();
  });

  it("refuses to wipe a running server", () => {
    expect(() => {
      wipeLocalNeo4j(env);
    }).toThrow(/running; stop it first/);
  });

  it("stops cleanly, and a second stop says nothing was running", async () => {
    expect(await stopLocalNeo4j(env)).toBe(true);
    expect(localStatus(env)).toEqual({ running: false });
    expect(await stopLocalNeo4j(env)).toBe(false);
  });

  it("keeps its data and password across restarts", async () => {
    const again = await startLocalNeo4j({ env });
    expect(again.alreadyRunning).toBe(false);
    const driver = openDriver(again.connection);
    const { records } = await driver.executeQuery("MATCH (p:LifecycleProbe) RETURN count(p) AS probes");
    await driver.close();
    expect(records[0]?.get("probes")).toBe(1);
  });
});

describe.skipIf(Boolean(process.env.NEO4J_URI))("a local Neo4j that does not come up in time", () => {
  const env = { ...process.env, NEWSGRAPH_STATE_DIR: mkdtempSync(join(tmpdir(), "newsgraph-timeout-")) };
  afterAll(async () => {
    await stopLocalNeo4j(env);
    rmSync(env.NEWSGRAPH_STATE_DIR, { recursive: true, force: true });
  });

  it("is stopped, and the error shows where its log is and how it ends", async () => {
    await expect(startLocalNeo4j({ env, timeoutMs: 1 })).rejects.toThrow(
      /The local Neo4j did not answer in time\. The end of .*neo4j\.log:/,
    );
    expect(localStatus(env)).toEqual({ running: false });
  });
});
