/**
 * The seed articles, extracted by the real pipeline and imported into the real Neo4j. These
 * tests depend on the extraction's quality as well as on the import.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testConnection, useEmptyDatabaseForEachTest } from "../../tests/support/neo4j.js";
import { extractArticles, readInputs } from "../extract/index.js";
import { checkExtractionDocument, importDocument } from "./index.js";

const SEEDS = join(import.meta.dirname, "../../import");
const seed = (name: string) => join(SEEDS, name);

const driver = useEmptyDatabaseForEachTest();
const database = () => testConnection().database;

async function importSeeds(...paths: string[]) {
  const { articles, diagnostics } = await readInputs(paths);
  const checked = checkExtractionDocument(extractArticles(articles, diagnostics), "seeds");
  return importDocument(driver(), checked, { database: database() });
}

async function query<T>(cypher: string): Promise<T[]> {
  const result = await driver().executeQuery(cypher, {}, { database: database() });
  return result.records.map((record) => record.toObject() as T);
}

interface Call {
  readonly date: string | null;
  readonly sourceCount: number;
  readonly sources: string[];
}

/** Biden–Netanyahu calls with the seed files (by number) that report them. */
async function bidenNetanyahuCalls(): Promise<Call[]> {
  return query<Call>(`
    MATCH (b:Actor)-[:PARTICIPATED_IN]->(e:Event {type: 'call'})<-[:PARTICIPATED_IN]-(n:Actor)
    WHERE b.name = 'Joe Biden' AND n.name = 'Benjamin Netanyahu'
    RETURN toString(e.date) AS date, e.sourceCount AS sourceCount,
      COLLECT { MATCH (e)-[:REPORTED_IN]->(a:Article) RETURN DISTINCT substring(a.source, size(a.source) - 24, 3) AS s ORDER BY s } AS sources
    ORDER BY date`);
}

describe("the seed articles in Neo4j", () => {
  it("hold one Biden–Netanyahu call on 2023-11-06 with three sources, and a different call in 003", async () => {
    const summary = await importSeeds(SEEDS);
    expect(summary.failures).toEqual([]);
    expect(summary.articles.created).toBe(5);

    const calls = await bidenNetanyahuCalls();
    expect(calls).toContainEqual({ date: "2023-11-06", sourceCount: 3, sources: ["000", "001", "004"] });
    const other = calls.filter((call) => call.sources.includes("003"));
    expect(other).toHaveLength(1);
    expect(other[0]?.sources).toEqual(["003"]);
    expect(other[0]?.date).not.toBe("2023-11-06");
  });

  it("attach Kirby's quotes to him", async () => {
    await importSeeds(SEEDS);
    const quotes = await query<{ text: string }>(
      "MATCH (:Actor {name: 'John Kirby'})-[:SAID]->(q:Quote) RETURN q.text AS text",
    );
    const texts = quotes.map((q) => q.text).join("\n");
    expect(texts).toContain("still just a trickle");
    expect(texts).toContain("beginning of this conversation");
    expect(texts).toContain("reoccupation");
  });

  it("change nothing when imported again", async () => {
    await importSeeds(SEEDS);
    const counts = () =>
      query<{ nodes: number; relationships: number }>(
        "MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
      );
    const before = await counts();
    const again = await importSeeds(SEEDS);
    expect(again.articles.unchanged).toBe(5);
    expect(await counts()).toEqual(before);
  });

  it("join a call reported in a later run to the one stored from an earlier run", async () => {
    await importSeeds(seed("000_4917cd5a5d5048e9.txt"));
    await importSeeds(seed("004_b7e5f064e2a5f275.txt"));
    const calls = await bidenNetanyahuCalls();
    expect(calls).toContainEqual({ date: "2023-11-06", sourceCount: 2, sources: ["000", "004"] });
  });

  it("make a country one node, an actor and a place, that the cities named lie within", async () => {
    await importSeeds(SEEDS);
    const rows = await query<{ city: string; country: string; labels: string[]; located: boolean }>(`
      MATCH (city:Place {name: 'Cairo'})-[:WITHIN]->(country:Place)
      RETURN city.name AS city, country.name AS country, labels(country) AS labels,
        country.location IS NOT NULL AS located`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ city: "Cairo", country: "Egypt", located: true });
    expect([...(rows[0]?.labels ?? [])].sort()).toEqual(["Actor", "Place"]);
  });

  it("affiliate people with the country their title names, whichever article brings them first", async () => {
    await importSeeds(seed("004_b7e5f064e2a5f275.txt"));
    const affiliation = () =>
      query<{ country: string }>(
        "MATCH (:Actor {name: 'Isaac Herzog'})-[:AFFILIATED_WITH]->(c:Actor:Place {kind: 'country'}) RETURN c.name AS country",
      );
    expect(await affiliation()).toEqual([{ country: "Israel" }]);
    await importSeeds(SEEDS);
    expect(await affiliation()).toEqual([{ country: "Israel" }]);
  });
});
