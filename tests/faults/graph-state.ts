/** What "the same graph" means in the fault suite: counts, and a hash of every property. */
import { createHash } from "node:crypto";
import type { Driver } from "neo4j-driver";

/** Node and relationship counts per label and type. */
export async function graphCounts(
  driver: Driver,
  database: string | undefined,
): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n
       UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n }
     RETURN key, sum(n) AS n ORDER BY key`,
    {},
    { database, routing: "READ" },
  );
  return Object.fromEntries(records.map((r) => [r.get("key") as string, r.get("n") as number]));
}

/**
 * A hash of every node's and relationship's properties (with its endpoints' ids), leaving
 * out what differs between two loads of the same input: the import time.
 */
export async function graphHash(driver: Driver, database: string | undefined): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n) RETURN apoc.convert.toJson([labels(n), apoc.map.removeKey(properties(n), 'importedAt')]) AS row
       UNION ALL
       MATCH (a)-[r]->(b) RETURN apoc.convert.toJson([a.id, type(r), b.id, properties(r)]) AS row
     }
     RETURN row ORDER BY row`,
    {},
    { database, routing: "READ" },
  );
  const hash = createHash("sha256");
  for (const record of records) hash.update(`${record.get("row") as string}\n`);
  return hash.digest("hex");
}
