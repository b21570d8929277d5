/**
 * The 5.26 LTS line: the newest 5.26 patch for which both the server and APOC core resolve
 * on Maven Central (2025.x needs Java 21; these machines have Java 17).
 */
export const NEO4J_VERSION = "5.26.19";
export const APOC_VERSION = "5.26.19";

export interface ServerLayout {
  readonly home: string;
  readonly plugins: string;
  readonly data: string;
  readonly logs: string;
  readonly run: string;
}

export interface ServerSettings {
  readonly boltPort: number;
  /** Sized for a 2-core machine shared with the test suite. */
  readonly heap: string;
  readonly pageCache: string;
}

export const defaultServerSettings: Omit<ServerSettings, "boltPort"> = { heap: "512m", pageCache: "256m" };

const MEMORY_SIZE = /^\d+[kmg]$/i;

/**
 * Heap and page cache: the defaults, or NEWSGRAPH_NEO4J_HEAP and NEWSGRAPH_NEO4J_PAGECACHE
 * (`4g`, `512m`) on a machine with room for a large graph. Throws the reason for a bad size.
 */
export function memorySettings(env: NodeJS.ProcessEnv): Omit<ServerSettings, "boltPort"> {
  const size = (name: string, fallback: string): string => {
    const value = env[name]?.trim();
    if (value === undefined || value === "") return fallback;
    if (!MEMORY_SIZE.test(value))
      throw new Error(`${name} must be a size such as 512m or 4g, got "${value}"`);
    return value;
  };
  return {
    heap: size("NEWSGRAPH_NEO4J_HEAP", defaultServerSettings.heap),
    pageCache: size("NEWSGRAPH_NEO4J_PAGECACHE", defaultServerSettings.pageCache),
  };
}

/** neo4j.conf for the local server: loopback only, Bolt only, auth on, APOC allowed. */
export function renderNeo4jConf(layout: ServerLayout, settings: ServerSettings): string {
  return [
    "# Written by newsgraph on every start; edit src/neo4j/server-config.ts instead.",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    "server.http.enabled=false",
    "server.https.enabled=false",
    `server.directories.plugins=${layout.plugins}`,
    `server.directories.data=${layout.data}`,
    `server.directories.logs=${layout.logs}`,
    `server.directories.run=${layout.run}`,
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    "dbms.security.auth_enabled=true",
    "dbms.security.procedures.unrestricted=apoc.*",
    "dbms.security.procedures.allowlist=apoc.*",
    "dbms.usage_report.enabled=false",
    "db.tx_log.rotation.retention_policy=1 files",
    "",
  ].join("\n");
}

/** JVM flags Neo4j's own launcher passes; without them Netty and the page cache fail on Java 17. */
export function jvmArguments(settings: ServerSettings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dfile.encoding=UTF-8",
  ];
}
