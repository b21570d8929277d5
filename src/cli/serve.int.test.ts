/**
 * `newsgraph serve` as `npm start` runs it: a child process that imports import/ into the
 * empty database, then serves GraphQL, the playground, /health and the explorer, and stops
 * cleanly on SIGTERM.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearDatabase, connectTestDriver, testConnection } from "../../tests/support/neo4j.js";

const REPO_ROOT = new URL("../../", import.meta.url).pathname;

describe("newsgraph serve", () => {
  let driver: Driver;
  let child: ChildProcessWithoutNullStreams;
  let baseUrl: string;
  let output = "";

  beforeAll(async () => {
    driver = connectTestDriver();
    await clearDatabase(driver);
    const connection = testConnection();
    child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "serve", "--port", "0", "--host", "127.0.0.1"],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: connection.uri,
          NEO4J_USERNAME: connection.username,
          NEO4J_PASSWORD: connection.password,
          ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
        },
      },
    );
    baseUrl = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /playground {2}(http:\/\/\S+\/) /.exec(output);
        if (match?.[1]) resolve(match[1]);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) => {
        reject(new Error(`serve exited with ${String(code)} before listening:\n${output}`));
      });
    });
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
    await clearDatabase(driver);
    await driver.close();
  });

  it("imports the demo articles into the empty database and says so", () => {
    expect(output).toMatch(/The database is empty: extracting and importing the 5 articles in import\/…/);
    expect(output).toMatch(/import: 5\/5 articles \(100%\)/);
    expect(output).toMatch(/Imported 5 articles/);
    expect(output).toMatch(/explorer {4}http:\/\/\S+\/explore/);
    expect(output).toContain("Try:");
  });

  it("answers a timeline query over GraphQL", async () => {
    const response = await fetch(`${baseUrl}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ timeline(actor: "Joe Biden", first: 5) { date type } }' }),
    });
    const body = (await response.json()) as { data?: { timeline: { date: string | null; type: string }[] } };
    expect(response.status).toBe(200);
    expect(body.data?.timeline).toContainEqual({ date: "2023-11-06", type: "call" });
  });

  it("serves the playground, /health and the explorer offline", async () => {
    const playground = await fetch(baseUrl, { headers: { accept: "text/html" } });
    expect(playground.status).toBe(200);
    expect(await playground.text()).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)[^"' ]*\.(js|css)/);
    const health = await fetch(`${baseUrl}health`);
    expect(health.status).toBe(200);
    const explorer = await fetch(`${baseUrl}explore`);
    expect(explorer.status).toBe(200);
    expect(explorer.headers.get("content-type")).toContain("text/html");
    const geojson = await fetch(`${baseUrl}export/geojson`);
    expect(geojson.status).toBe(200);
    expect(((await geojson.json()) as { type: string }).type).toBe("FeatureCollection");
  });

  it("stops cleanly on SIGTERM", async () => {
    child.kill("SIGTERM");
    const [code] = (await once(child, "exit")) as [number | null];
    expect(code).toBe(0);
  });
});
