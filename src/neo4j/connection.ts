/** How to reach a Neo4j server: from the environment, or the project's own local one. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  /** Undefined means the server's default database. */
  readonly database: string | undefined;
  /** The variable that named the server, for messages; absent for the project's local Neo4j. */
  readonly variable?: "NEO4J_URI";
}

/**
 * The connection named by `NEO4J_URI` (with `NEO4J_USERNAME`, `NEO4J_PASSWORD`,
 * `NEO4J_DATABASE`), or null when `NEO4J_URI` is not set and the local server should be used.
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv): Neo4jConnection | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  return {
    uri,
    username: nonEmpty(env.NEO4J_USERNAME) ?? "neo4j",
    password: env.NEO4J_PASSWORD ?? "",
    database: nonEmpty(env.NEO4J_DATABASE),
    variable: "NEO4J_URI",
  };
}

/** A variable's trimmed value, or undefined when unset or blank. */
function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** `KEY=value` lines that point a shell, cypher-shell or a script at the connection. */
export function formatConnectionEnv(connection: Neo4jConnection): string {
  const lines = [
    `NEO4J_URI=${connection.uri}`,
    `NEO4J_USERNAME=${connection.username}`,
    `NEO4J_PASSWORD=${connection.password}`,
  ];
  if (connection.database) lines.push(`NEO4J_DATABASE=${connection.database}`);
  return `${lines.join("\n")}\n`;
}
