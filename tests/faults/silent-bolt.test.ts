import { spawn } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentOf } from "../fixtures/documents/builders.js";

const ROOT = join(import.meta.dirname, "../..");
const CLI = join(ROOT, "src/cli/main.ts");
const TSX = join(ROOT, "node_modules/.bin/tsx");

interface Outcome {
  readonly code: number | null;
  readonly stderr: string;
  readonly seconds: number;
}

/** Runs the CLI with the environment given; kills it if it outlives `limitMs`. */
function runCli(args: readonly string[], env: Record<string, string>, limitMs = 150_000): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(TSX, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, NEWSGRAPH_STATE_DIR: join(tmpdir(), "newsgraph-no-local-server") },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const killer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("close", (code) => {
      clearTimeout(killer);
      resolve({ code, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** A TCP server that accepts connections and never says a word: a stuck or foreign service. */
function silentServer(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on("error", () => undefined);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, port: typeof address === "object" && address ? address.port : 0, sockets });
    });
  });
}

/** A port nothing listens on: bound, then closed. */
function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === "object" && address ? address.port : 1);
      });
    });
  });
}

// Each case starts the CLI (tens of seconds on a loaded machine): they run side by side, and the
// bound on each is the CLI's start plus the driver's timeouts, well short of the kill at 150 s.
describe.concurrent("a Neo4j that is not there", { timeout: 180_000 }, () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;
  let document: string;
  beforeAll(async () => {
    silent = await silentServer();
    document = join(mkdtempSync(join(tmpdir(), "newsgraph-faults-")), "empty.json");
    writeFileSync(document, JSON.stringify(documentOf({})));
  });
  afterAll(() => {
    for (const socket of silent.sockets) socket.destroy();
    silent.server.close();
  });

  it("import against a Bolt port that accepts and never answers exits 1 in bounded time, saying so", async () => {
    const outcome = await runCli(["import", "--from-json", document], {
      NEO4J_URI: `bolt://127.0.0.1:${silent.port}`,
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/did not answer in time/);
    expect(outcome.stderr).not.toMatch(/refused/);
    expect(outcome.seconds).toBeLessThan(140);
  });

  it("serve against the silent port exits 1 in bounded time too", async () => {
    const outcome = await runCli(["serve", "--port", "0"], { NEO4J_URI: `bolt://127.0.0.1:${silent.port}` });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/did not answer in time/);
    expect(outcome.seconds).toBeLessThan(140);
  });

  it("serve against a dead NEO4J_URI names the variable and suggests starting the local server", async () => {
    const outcome = await runCli(["serve", "--port", "0"], {
      NEO4J_URI: `bolt://127.0.0.1:${await deadPort()}`,
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+ \(NEO4J_URI\)/);
    expect(outcome.stderr).toMatch(/newsgraph neo4j start/);
    expect(outcome.seconds).toBeLessThan(140);
  });
});
