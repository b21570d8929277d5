/** The projection rows read from Neo4j with the queries of queries.ts. */
import type { Driver } from "neo4j-driver";
import type { VizFilter } from "../filter.js";
import {
  actorLinksQuery,
  actorsQuery,
  eventDetailsQuery,
  participationsQuery,
  placesQuery,
  type CypherQuery,
} from "./queries.js";
import type { ProjectionSource } from "./rows.js";

export interface Neo4jSourceOptions {
  readonly driver: Driver;
  readonly filter: VizFilter;
  /** The database to read; the server's default when omitted. */
  readonly database?: string | undefined;
}

/**
 * Rows as the query returns them. The queries name and shape every column (and the driver is
 * opened with `disableLosslessIntegers`), so the cast only states what the query guarantees.
 */
async function readRows<Row>(options: Neo4jSourceOptions, query: CypherQuery): Promise<Row[]> {
  const result = await options.driver.executeQuery(query.text, query.parameters, {
    database: options.database,
    routing: "READ",
  });
  return result.records.map((record) => record.toObject() as Row);
}

export function neo4jProjectionSource(options: Neo4jSourceOptions): ProjectionSource {
  const { filter } = options;
  return {
    actors: () => readRows(options, actorsQuery(filter)),
    links: () => readRows(options, actorLinksQuery(filter)),
    participations: () => readRows(options, participationsQuery(filter)),
    events: () => readRows(options, eventDetailsQuery(filter)),
    places: () => readRows(options, placesQuery(filter)),
  };
}
