import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import neo4j from "neo4j-driver";
import type { Neo4jConnection } from "./connection.js";
import { ensureDistribution } from "./distribution.js";
import { cacheDir, stateDir } from "./paths.js";
import { LocalNeo4jError } from "./prerequisites.js";
import { jvmArguments, memorySettings, NEO4J_VERSION, renderNeo4jConf } from "./server-config.js";

/** What `start` leaves behind so that `status`, `stop` and `env` find the running server. */
interface RunState {
  readonly pid: number;
  readonly boltPort: number;
  readonly version: string;
  readonly startedAt: string;
}

export type LocalStatus =
  | { readonly running: true; readonly pid: number; readonly connection: Neo4jConnection }
  | { readonly running: false };

export interface StartOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
  /** How long to wait for Bolt to answer before giving up (ms). */
  readonly timeoutMs?: number;
}

export interface StartResult {
  readonly connection: Neo4jConnection;
  readonly alreadyRunning: boolean;
  readonly pid: number;
}

const USERNAME = "neo4j";

function layoutOf(state: string, plugins: string) {
  return {
    home: state,
    conf: join(state, "conf"),
    plugins,
    data: join(state, "data"),
    logs: join(state, "logs"),
    run: join(state, "run"),
    stateFile: join(state, "run", "newsgraph.json"),
    lockFile: join(state, "start.lock"),
    passwordFile: join(state, "password"),
  };
}

function readState(stateFile: string): RunState | null {
  if (!existsSync(stateFile)) return null;
  try {
    return JSON.parse(readFileSync(stateFile, "utf8")) as RunState;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function connectionOf(boltPort: number, password: string): Neo4jConnection {
  return { uri: `bolt://127.0.0.1:${boltPort}`, username: USERNAME, password, database: undefined };
}

/** Whether the server behind `connection` answers a query (Bolt up, auth right, database online). */
export async function answers(connection: Neo4jConnection): Promise<boolean> {
  // One attempt: the driver would otherwise retry an unreachable server for 30 s, and the
  // start-up deadline is ours to keep.
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.executeQuery("RETURN 1", {}, { database: connection.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolvePort(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once("error", () => {
      resolveFree(false);
    });
    server.listen(port, "127.0.0.1", () => {
      server.close(() => {
        resolveFree(true);
      });
    });
  });
}

/** The Bolt port: NEWSGRAPH_NEO4J_PORT when set (and free), else any free loopback port. */
export async function chooseBoltPort(env: NodeJS.ProcessEnv): Promise<number> {
  const wanted = env.NEWSGRAPH_NEO4J_PORT;
  if (!wanted) return freePort();
  const port = Number(wanted);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new LocalNeo4jError(`NEWSGRAPH_NEO4J_PORT must be a port number, got "${wanted}".`);
  }
  if (!(await portIsFree(port))) {
    throw new LocalNeo4jError(
      `Port ${port} (NEWSGRAPH_NEO4J_PORT) is already in use on 127.0.0.1; free it, or unset NEWSGRAPH_NEO4J_PORT to use any free port.`,
    );
  }
  return port;
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return "(no log written)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/**
 * Hex, because neo4j-admin reads an argument that starts with "-" as an option: one base64url
 * password in 64 did, and the first start of that state directory failed.
 */
export function newLocalPassword(): string {
  return randomBytes(24).toString("hex");
}

/** Sets the password before the first start: Neo4j refuses to change it afterwards this way. */
function setInitialPassword(lib: string, home: string, conf: string, password: string): void {
  const result = spawnSync(
    "java",
    ["-cp", `${lib}/*`, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password],
    { encoding: "utf8", env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf } },
  );
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Could not set the local Neo4j password: ${`${result.stdout}${result.stderr}`.trim()}`,
    );
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The local server's state: running (and reachable) or not. */
export function localStatus(env: NodeJS.ProcessEnv = process.env): LocalStatus {
  const layout = layoutOf(stateDir(env), "");
  const state = readState(layout.stateFile);
  if (!state || !isAlive(state.pid) || !existsSync(layout.passwordFile)) return { running: false };
  const connection = connectionOf(state.boltPort, readFileSync(layout.passwordFile, "utf8").trim());
  return { running: true, pid: state.pid, connection };
}

/**
 * Starts the project's own Neo4j (downloading it on first use) and waits until it answers,
 * or returns the one already running from this state directory.
 */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<StartResult> {
  const env = options.env ?? process.env;
  const current = localStatus(env);
  if (current.running) {
    return { connection: current.connection, alreadyRunning: true, pid: current.pid };
  }
  // Two starts at once (a test run and `npm start`) must not launch two servers on one data
  // directory: the second waits for the first, then finds it running.
  const lockFile = layoutOf(stateDir(env), "").lockFile;
  await acquireLock(lockFile, options.timeoutMs ?? START_TIMEOUT_MS);
  try {
    const started = localStatus(env);
    if (started.running) return { connection: started.connection, alreadyRunning: true, pid: started.pid };
    return await launch(env, options);
  } finally {
    rmSync(lockFile, { force: true });
  }
}

const START_TIMEOUT_MS = 180_000;

/** An exclusive lock file holding the owner's pid; a lock whose owner died is taken over. */
async function acquireLock(lockFile: string, timeoutMs: number): Promise<void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return;
    } catch {
      const owner = lockOwner(lockFile);
      if (owner === null) continue;
      if (!isAlive(owner)) rmSync(lockFile, { force: true });
      else if (Date.now() > deadline) {
        throw new LocalNeo4jError(
          `Another newsgraph process (pid ${owner}) is still starting the local Neo4j.`,
        );
      } else await sleep(250);
    }
  }
}

function lockOwner(lockFile: string): number | null {
  try {
    const pid = Number(readFileSync(lockFile, "utf8"));
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    return null; // released between our attempt and this read: try again at once
  }
}

async function launch(env: NodeJS.ProcessEnv, options: StartOptions): Promise<StartResult> {
  const log = options.log ?? (() => undefined);
  const distribution = ensureDistribution(cacheDir(env), log);
  const layout = layoutOf(stateDir(env), distribution.plugins);
  for (const dir of [layout.conf, layout.data, layout.logs, layout.run]) mkdirSync(dir, { recursive: true });

  if (!existsSync(layout.passwordFile)) {
    const password = newLocalPassword();
    setInitialPassword(distribution.lib, layout.home, layout.conf, password);
    writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });
  }
  const password = readFileSync(layout.passwordFile, "utf8").trim();

  const settings = { ...memorySettings(env), boltPort: await chooseBoltPort(env) };
  writeFileSync(join(layout.conf, "neo4j.conf"), renderNeo4jConf(layout, settings));

  const consoleLog = join(layout.logs, "console.log");
  log(`Starting Neo4j ${NEO4J_VERSION} (data in ${stateDir(env)})…`);
  const out = openSync(consoleLog, "a");
  const child = spawn(
    "java",
    [
      ...jvmArguments(settings),
      "-cp",
      `${distribution.plugins}/*:${distribution.lib}/*`,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${layout.home}`,
      `--config-dir=${layout.conf}`,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError("Could not start java for the local Neo4j.");
  const java = { exited: false };
  child.once("exit", () => {
    java.exited = true;
  });
  child.unref();
  const state: RunState = {
    pid,
    boltPort: settings.boltPort,
    version: NEO4J_VERSION,
    startedAt: new Date().toISOString(),
  };
  writeFileSync(layout.stateFile, JSON.stringify(state));

  const connection = connectionOf(settings.boltPort, password);
  const deadline = Date.now() + (options.timeoutMs ?? START_TIMEOUT_MS);
  while (Date.now() < deadline && !java.exited) {
    if (await answers(connection)) {
      log(`Neo4j ${NEO4J_VERSION} is up at ${connection.uri}.`);
      return { connection, alreadyRunning: false, pid };
    }
    await sleep(500);
  }
  if (!java.exited) process.kill(pid, "SIGKILL");
  rmSync(layout.stateFile, { force: true });
  throw new LocalNeo4jError(
    `The local Neo4j ${java.exited ? "exited during start-up" : "did not answer in time"}. The end of ${join(layout.logs, "neo4j.log")}:\n${tail(join(layout.logs, "neo4j.log"), 25)}\n${tail(consoleLog, 5)}`,
  );
}

/** Stops the local server cleanly (SIGTERM runs Neo4j's shutdown), killing it only if it hangs. */
export async function stopLocalNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const layout = layoutOf(stateDir(env), "");
  const state = readState(layout.stateFile);
  if (!state || !isAlive(state.pid)) {
    rmSync(layout.stateFile, { force: true });
    return false;
  }
  process.kill(state.pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (isAlive(state.pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(state.pid)) process.kill(state.pid, "SIGKILL");
  rmSync(layout.stateFile, { force: true });
  return true;
}

/** Deletes the local server's data, logs and password; refuses while it runs. */
export function wipeLocalNeo4j(env: NodeJS.ProcessEnv = process.env): void {
  if (localStatus(env).running) {
    throw new LocalNeo4jError("The local Neo4j is running; stop it first (newsgraph neo4j stop).");
  }
  rmSync(stateDir(env), { recursive: true, force: true });
}
