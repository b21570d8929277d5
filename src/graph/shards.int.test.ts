/**
 * Extraction is stateless, so a corpus can be cut into shards extracted apart (other processes,
 * other machines) and fed to one importer: the graph is the one a single batch gives, whatever
 * the order the shards arrive in.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testConnection, useEmptyDatabaseForEachTest } from "../../tests/support/neo4j.js";
import { extractBatches, openAnalysisPool, readInputBatches } from "../extract/index.js";
import { checkExtractionDocument, importDocuments, type CheckedDocument } from "./index.js";

const seeds = join(import.meta.dirname, "../../import");
const stories = join(import.meta.dirname, "../../tests/fixtures/articles/stories");
const files = (dir: string) =>
  readdirSync(dir)
    .map((name) => join(dir, name))
    .sort();
const [s0, s1, s2, s3, s4] = files(seeds);
const [t0, t1, t2, t3, ...moreStories] = files(stories);
// A happening's reports stay in one shard here (the seeds' call, told three times, is in A): an
// undated report takes its dates from a dated report of the same happening in the extraction's
// merge, which a report in another shard does not get (the importer joins day-dated events only).
const shardA = [s0, s1, s2, s3, s4, t0, t1].filter((f) => f !== undefined);
const shardB = [t2, t3, ...moreStories].filter((f) => f !== undefined);

const driver = useEmptyDatabaseForEachTest();

async function* extracted(paths: readonly string[]): AsyncGenerator<CheckedDocument> {
  const pool = openAnalysisPool(1);
  for await (const doc of extractBatches(readInputBatches(paths, Number.POSITIVE_INFINITY), pool)) {
    yield checkExtractionDocument(doc, "shard");
  }
}

async function load(...shards: (readonly string[])[]): Promise<void> {
  for (const shard of shards) {
    await importDocuments(driver(), extracted(shard), { database: testConnection().database });
  }
}

async function rows(cypher: string): Promise<string[]> {
  const result = await driver().executeQuery(cypher, {}, { database: testConnection().database });
  return result.records.map((r) => JSON.stringify(r.get("row"))).sort();
}

/** The graph without its event ids (a merged event's id depends on which report came first). */
async function graph(): Promise<Record<string, string[]>> {
  return {
    articles: await rows("MATCH (a:Article) RETURN [a.id, a.contentHash] AS row"),
    actors: await rows(
      "MATCH (x:Actor) RETURN [x.id, x.name, x.kind, COUNT { (x)-[:MENTIONED_IN]->() }] AS row",
    ),
    places: await rows("MATCH (p:Place) RETURN [p.id, p.name, COUNT { (p)-[:MENTIONED_IN]->() }] AS row"),
    events: await rows(`
      MATCH (e:Event)
      RETURN [e.type, e.date, e.datePrecision,
              apoc.coll.sort([(e)<-[:PARTICIPATED_IN]-(x) | x.id]),
              apoc.coll.sort([(e)-[:REPORTED_IN]->(a) | a.id]),
              apoc.coll.sort([(e)-[:TOOK_PLACE_IN]->(p) | p.id])] AS row`),
    quotes: await rows("MATCH (q:Quote) RETURN [q.id, q.text, q.date, COUNT { (q)-[:PART_OF]->() }] AS row"),
    relationships: await rows("MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n RETURN [type, n] AS row"),
  };
}

describe("shards extracted apart", { timeout: 300_000 }, () => {
  let oneBatch: Record<string, string[]> = {};

  it("make, as one batch, the reference graph, with a happening told by several reports", async () => {
    await load([...shardA, ...shardB]);
    oneBatch = await graph();
    expect(oneBatch.articles).toHaveLength(shardA.length + shardB.length);
    const joined = oneBatch.events?.filter((e) => {
      const articles = (JSON.parse(e) as [unknown, unknown, unknown, unknown, string[]])[4];
      return articles.length > 1;
    });
    expect(joined?.length).toBeGreaterThan(0);
  });

  it("give the same graph imported A then B", async () => {
    await load(shardA, shardB);
    expect(await graph()).toEqual(oneBatch);
  });

  it("give the same graph imported B then A", async () => {
    await load(shardB, shardA);
    expect(await graph()).toEqual(oneBatch);
  });
});
