import { spawnSync } from "node:child_process";

/** Raised for conditions the user can fix (missing tool, busy port…): printed without a stack. */
export class LocalNeo4jError extends Error {
  override readonly name = "LocalNeo4jError";
}

/** The major version in `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

const REMEDY = "or point newsgraph at another Neo4j with NEO4J_URI (see README)";

export function checkJava(env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8", env });
  if (result.error) {
    throw new LocalNeo4jError(
      `Java 17 or newer is needed to run the built-in Neo4j, and \`java\` was not found; install a JDK ${REMEDY}.`,
    );
  }
  const major = parseJavaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === null || major < 17) {
    throw new LocalNeo4jError(
      `Java 17 or newer is needed to run the built-in Neo4j 5.26; found ${major ?? "an unknown version"} ${REMEDY}.`,
    );
  }
}

export function checkMaven(env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync("mvn", ["-v"], { encoding: "utf8", env });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `Maven (\`mvn\`) is needed once to download Neo4j from Maven Central and was not found; install Maven ${REMEDY}.`,
    );
  }
}
