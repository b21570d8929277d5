import type { Driver } from "neo4j-driver";

/** Every node label the import writes; each gets a uniqueness constraint on `id`. */
export const NODE_LABELS = ["Article", "Actor", "Place", "Event", "Quote"] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** The full-text index the API's search reads: names, aliases, quote text, event summaries, titles. */
export const SEARCH_INDEX = "searchText";
/** The full-text index over evidence sentences (on REPORTED_IN, where each article's words are kept). */
export const EVIDENCE_INDEX = "searchEvidence";
/**
 * Lucene's English analyzer: lower case, stop words, possessives and Porter stemming, so
 * "hostage" finds "hostages" and "talks" finds "talk". Neo4j keeps an index's analyzer from its
 * creation, so ensureSchema recreates an index made with another one.
 */
export const SEARCH_ANALYZER = "english";

interface FullTextIndex {
  readonly name: string;
  /** `(n:A|B)` for nodes, `()-[r:T]-()` for relationships. */
  readonly pattern: string;
  readonly variable: string;
  readonly entityType: "NODE" | "RELATIONSHIP";
  readonly labelsOrTypes: readonly string[];
  readonly properties: readonly string[];
}

const FULL_TEXT_INDEXES: readonly FullTextIndex[] = [
  {
    name: SEARCH_INDEX,
    pattern: "(n:Actor|Place|Quote|Event|Article)",
    variable: "n",
    entityType: "NODE",
    labelsOrTypes: ["Actor", "Place", "Quote", "Event", "Article"],
    // Neo4j 5 full-text indexes take STRING and LIST<STRING> properties, so aliases are searchable as they are.
    properties: ["name", "aliases", "text", "summary", "title"],
  },
  {
    name: EVIDENCE_INDEX,
    pattern: "()-[r:REPORTED_IN]-()",
    variable: "r",
    entityType: "RELATIONSHIP",
    labelsOrTypes: ["REPORTED_IN"],
    properties: ["text"],
  },
];

function fullTextStatement(index: FullTextIndex): string {
  const properties = index.properties.map((property) => `${index.variable}.${property}`).join(", ");
  return (
    `CREATE FULLTEXT INDEX ${index.name} IF NOT EXISTS FOR ${index.pattern} ON EACH [${properties}] ` +
    `OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${SEARCH_ANALYZER}' } }`
  );
}

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
    ...FULL_TEXT_INDEXES.map(fullTextStatement),
  ];
}

const sameMembers = (a: readonly unknown[], b: readonly string[]) =>
  a.length === b.length && b.every((item) => a.includes(item));

/**
 * Drops the full-text indexes whose analyzer, labels or properties differ from the model's (made
 * by an earlier version), so the statements above create them anew; the new index fills itself
 * from the stored data.
 */
async function dropOutdatedFullTextIndexes(
  run: (
    cypher: string,
    parameters?: Record<string, unknown>,
  ) => Promise<{ records: { get(key: string): unknown }[] }>,
): Promise<void> {
  const { records } = await run(
    "SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties, options WHERE name IN $names " +
      "RETURN name, entityType, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer",
    { names: FULL_TEXT_INDEXES.map((index) => index.name) },
  );
  for (const record of records) {
    const wanted = FULL_TEXT_INDEXES.find((index) => index.name === record.get("name"));
    if (!wanted) continue;
    const labels = record.get("labelsOrTypes");
    const properties = record.get("properties");
    const current =
      record.get("analyzer") === SEARCH_ANALYZER &&
      record.get("entityType") === wanted.entityType &&
      Array.isArray(labels) &&
      sameMembers(labels, wanted.labelsOrTypes) &&
      Array.isArray(properties) &&
      sameMembers(properties, wanted.properties);
    // Index names come from the constant list above: schema commands take no parameters.
    if (!current) await run(`DROP INDEX ${wanted.name} IF EXISTS`);
  }
}

/** Creates what is missing of the schema and waits until every index is online. */
export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await dropOutdatedFullTextIndexes((cypher, parameters) => session.run(cypher, parameters));
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
  } finally {
    await session.close();
  }
}
