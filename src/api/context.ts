import type { Neo4jGraphQLContext } from "@neo4j/graphql";

/** Per-request context: what @neo4j/graphql needs to run Cypher, and who is asking. */
export interface ApiContext extends Neo4jGraphQLContext {
  /** Whether the server has an API token at all (without one, nobody can write). */
  readonly writeTokenConfigured: boolean;
  /** Whether this request presented the API token. */
  readonly authorizedWriter: boolean;
}
