import type { Driver } from "neo4j-driver";

/** Every node label the import writes; each gets a uniqueness constraint on `id`. */
export const NODE_LABELS = ["Article", "Actor", "Place", "Event", "Quote"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The full-text index the API's search reads: names, aliases, quote text and event summaries. */
export const SEARCH_INDEX = "searchText";

/**
 * The constraints and indexes of the graph model (docs/graph-model.md), as idempotent
 * statements. Schema commands take no parameters, so the names here are fixed literals.
 */
export function schemaStatements(): readonly string[] {
  const uniqueIds = NODE_LABELS.map(
    (label) =>
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const rangeIndexes: readonly (readonly [NodeLabel, string])[] = [
    ["Event", "date"],
    ["Event", "cameoRoot"],
    ["Event", "type"],
    ["Actor", "name"],
    ["Actor", "countryCode"],
    ["Quote", "date"],
    ["Article", "publishedAt"],
  ];
  return [
    ...uniqueIds,
    ...rangeIndexes.map(
      ([label, property]) =>
        `CREATE RANGE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    ),
    "CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location)",
    // Neo4j 5 full-text indexes take STRING and LIST<STRING> properties, so aliases are searchable as they are.
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Actor|Place|Quote|Event) ON EACH [n.name, n.aliases, n.text, n.summary]`,
  ];
}

/** Creates what is missing of the schema and waits until every index is online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
