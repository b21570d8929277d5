import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: two levels above this file (src/neo4j or dist/neo4j). */
export const projectRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/**
 * Where the local server keeps its data, logs, password and pid: git-ignored, survives
 * restarts. `NEWSGRAPH_STATE_DIR` lets several independent instances share one checkout.
 */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.NEWSGRAPH_STATE_DIR ?? join(projectRoot, ".newsgraph"));
}

/** Where downloaded server jars are cached, outside the repository, shared by every checkout. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSGRAPH_CACHE_DIR) return resolve(env.NEWSGRAPH_CACHE_DIR);
  return join(env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "newsgraph");
}
