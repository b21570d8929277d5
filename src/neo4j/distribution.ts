import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkJava, checkMaven, LocalNeo4jError } from "./prerequisites.js";
import { APOC_VERSION, NEO4J_VERSION } from "./server-config.js";

/** The server's class path and APOC's plugin directory, cached once per version. */
export interface Distribution {
  readonly lib: string;
  readonly plugins: string;
}

const pom = (artifacts: readonly string[]): string =>
  `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newsgraph.local</groupId><artifactId>neo4j-download</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
${artifacts.map((a) => `    ${a}`).join("\n")}
  </dependencies>
</project>
`;

const dependency = (group: string, artifact: string, version: string): string =>
  `<dependency><groupId>${group}</groupId><artifactId>${artifact}</artifactId><version>${version}</version></dependency>`;

/** `org.neo4j:neo4j` pulls in the community server and its Bolt connector. */
const SERVER_POM = pom([dependency("org.neo4j", "neo4j", NEO4J_VERSION)]);
/**
 * APOC core as Maven Central publishes it: the procedures jar plus apoc-common, which the
 * release bundle (`apoc-*-core.jar`) shades in but the Maven artifact only references.
 */
const APOC_POM = pom([
  dependency("org.neo4j.procedure", "apoc-core", APOC_VERSION),
  dependency("org.neo4j.procedure", "apoc-common", APOC_VERSION),
]);

function copyDependencies(pomText: string, workDir: string, outputDir: string): void {
  mkdirSync(workDir, { recursive: true });
  const pomPath = join(workDir, `pom-${String(Math.abs(hashCode(pomText)))}.xml`);
  writeFileSync(pomPath, pomText);
  const result = spawnSync(
    "mvn",
    [
      "-B",
      "-q",
      "-f",
      pomPath,
      "dependency:copy-dependencies",
      `-DoutputDirectory=${outputDir}`,
      "-DincludeScope=runtime",
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error || result.status !== 0) {
    const tail = `${result.stdout}${result.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new LocalNeo4jError(
      `Maven could not download Neo4j ${NEO4J_VERSION} / APOC ${APOC_VERSION} from Maven Central (is the network or ~/.m2/settings.xml set up?):\n${tail}`,
    );
  }
}

function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}

/** The artifact id of a copied jar: `commons-lang3-3.12.0.jar` → `commons-lang3` (classifiers too). */
export function artifactIdOfJar(fileName: string): string {
  return fileName.replace(/-\d[^-]*(?:-[\w-]+)?\.jar$/, "");
}

/**
 * Jars APOC needs that the server does not already have. The server's copies win on the
 * class path anyway; dropping the older duplicates keeps two versions of a class from
 * ever meeting.
 */
export function pluginJarsToDrop(pluginJars: readonly string[], serverJars: readonly string[]): string[] {
  const server = new Set(serverJars.map(artifactIdOfJar));
  return pluginJars.filter((jar) => server.has(artifactIdOfJar(jar)));
}

/**
 * Makes sure the server and APOC jars are in the cache, downloading them with Maven on
 * first use. The download goes to a scratch directory renamed into place at the end, so
 * an interrupted download never leaves a half-filled cache that looks complete.
 */
export function ensureDistribution(cacheRoot: string, log: (line: string) => void): Distribution {
  const dir = join(cacheRoot, `neo4j-${NEO4J_VERSION}-apoc-${APOC_VERSION}`);
  const distribution = { lib: join(dir, "lib"), plugins: join(dir, "plugins") };
  if (existsSync(join(dir, "complete"))) return distribution;

  checkJava();
  checkMaven();
  log(
    `Downloading Neo4j ${NEO4J_VERSION} and APOC ${APOC_VERSION} from Maven Central (about 150 MB, first use only)…`,
  );
  const scratch = `${dir}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  const lib = join(scratch, "lib");
  const plugins = join(scratch, "plugins");
  try {
    copyDependencies(SERVER_POM, join(scratch, "poms"), lib);
    copyDependencies(APOC_POM, join(scratch, "poms"), plugins);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  for (const jar of pluginJarsToDrop(readdirSync(plugins), readdirSync(lib))) rmSync(join(plugins, jar));
  rmSync(join(scratch, "poms"), { recursive: true, force: true });
  writeFileSync(join(scratch, "complete"), `${new Date().toISOString()}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
  return distribution;
}
