/**
 * The executable schema: schema.graphql (repository root) through @neo4j/graphql, plus the
 * resolvers that are not Cypher (event and quote cursors, `search`, `ingestArticles`, `export`,
 * `explorerData`) and the lookup of the names arguments give (names.ts).
 */
import { readFile } from "node:fs/promises";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import { isDate } from "neo4j-driver";
import { encodeTimelineCursor } from "./cursor.js";
import { createIngestResolver, type IngestArticles } from "./ingest.js";
import { applyNameLookup } from "./names.js";
import { createSearchResolver } from "./search.js";
import { createVisualisationResolvers, type VisualisationService } from "./visualisation.js";

/** Same relative path from src/api (tsx) and dist/api (built). */
export const SCHEMA_FILE = new URL("../../schema.graphql", import.meta.url);

export async function readTypeDefs(): Promise<string> {
  return readFile(SCHEMA_FILE, "utf8");
}

/** The event's day: a string, or a driver `Date` whose string form is the ISO day. */
function isoDay(value: unknown): string | null {
  if (typeof value === "string") return value.slice(0, 10);
  if (isDate(value)) return value.toString();
  return null;
}

const positionCursor = (item: { id: string; date?: unknown }) =>
  encodeTimelineCursor({ id: item.id, date: isoDay(item.date) });

export async function buildApiSchema(options: {
  ingest?: IngestArticles | undefined;
  visualisation?: VisualisationService | undefined;
}): Promise<GraphQLSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: await readTypeDefs(),
    resolvers: {
      Event: { cursor: positionCursor },
      Quote: { cursor: positionCursor },
      Query: { ...createVisualisationResolvers(options.visualisation), search: createSearchResolver() },
      Mutation: { ingestArticles: createIngestResolver(options.ingest) },
    },
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return applyNameLookup(await neo4jGraphQL.getSchema());
}
