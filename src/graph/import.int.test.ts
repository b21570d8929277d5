import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clearDatabase, testConnection, useEmptyDatabaseForEachTest } from "../../tests/support/neo4j.js";
import {
  ensureReachable,
  importDocument,
  Neo4jUnreachableError,
  parseExtractionDocument,
  SEARCH_INDEX,
} from "./index.js";
import { extractionSameHappening } from "./same-happening.js";
import type { HappeningView } from "./event-resolution.js";
import type { ImportOptions } from "./importer.js";
import { openDriver } from "../neo4j/index.js";

const FIXTURES = join(import.meta.dirname, "../../tests/fixtures/documents");

const driver = useEmptyDatabaseForEachTest();
const database = () => testConnection().database;

function fixture(name: string) {
  const file = join(FIXTURES, name);
  return parseExtractionDocument(readFileSync(file, "utf8"), file);
}

async function load(name: string, options: Partial<ImportOptions> = {}) {
  return importDocument(driver(), fixture(name), { database: database(), ...options });
}

async function query<T = Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const result = await driver().executeQuery(cypher, params, { database: database() });
  return result.records.map((record) => record.toObject() as T);
}

/** Node and relationship counts per label and type: what "changes nothing" compares. */
async function graphCounts(): Promise<Record<string, number>> {
  const nodes = await query<{ label: string; count: number }>(
    "MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label",
  );
  const rels = await query<{ type: string; count: number }>(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
  );
  const entries: (readonly [string, number])[] = [
    ...nodes.map((n) => [n.label, n.count] as const),
    ...rels.map((r) => [r.type, r.count] as const),
  ];
  return Object.fromEntries(entries);
}

/** Nodes the model says cannot exist: entities and events without provenance. */
async function orphans(): Promise<string[]> {
  const rows = await query<{ id: string }>(`
    MATCH (n) WHERE (n:Event OR n:Quote) AND NOT (n)-[:REPORTED_IN]->() RETURN n.id AS id
    UNION MATCH (x:Actor) WHERE NOT (x)--() RETURN x.id AS id
    UNION MATCH (p:Place) WHERE NOT (p)-[:MENTIONED_IN]->() AND NOT ()-[:TOOK_PLACE_IN]->(p) AND NOT ()-[:WITHIN]->(p)
      RETURN p.id AS id
    UNION MATCH ()-[r:PARTICIPATED_IN|TOOK_PLACE_IN]->() WHERE size(r.articles) = 0 RETURN elementId(r) AS id`);
  return rows.map((r) => r.id);
}

describe("importDocument", () => {
  it("writes the model: participants with roles, places within countries, quotes with speakers and evidence", async () => {
    const summary = await load("call-day-one.json");
    expect(summary.failures).toEqual([]);
    expect(summary.articles).toEqual({ created: 2, replaced: 0, unchanged: 0, failed: 0 });
    expect(summary.events.created).toBe(2);

    const [call] = await query<{ date: string; sourceCount: number; roles: string[]; places: string[] }>(`
      MATCH (e:Event {id: 'evt_call_d1'})
      RETURN toString(e.date) AS date, e.sourceCount AS sourceCount,
        COLLECT { MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e) RETURN a.name + ':' + r.role ORDER BY a.name } AS roles,
        COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(p) RETURN p.name } AS places`);
    expect(call).toEqual({
      date: "2023-11-06",
      sourceCount: 2,
      roles: ["Benjamin Netanyahu:counterpart", "Joe Biden:initiator"],
      places: ["Gaza"],
    });

    const quotes = await query<{ speaker: string; event: string; sentence: number; date: string }>(`
      MATCH (s:Actor)-[:SAID]->(q:Quote)-[:PART_OF]->(e:Event), (q)-[r:REPORTED_IN]->(:Article {id: 'art_wire_a1'})
      RETURN s.name AS speaker, e.id AS event, r.sentence AS sentence, toString(q.date) AS date`);
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) {
      expect(quote).toEqual({
        speaker: "John Kirby",
        event: "evt_kirby_d1",
        sentence: 2,
        date: "2023-11-06",
      });
    }

    const [washington] = await query<{ within: string; latitude: number; roles: string[] }>(`
      MATCH (p:Place {id: 'plc_washington'})-[:WITHIN]->(c:Place)
      RETURN c.name AS within, p.location.latitude AS latitude, [] AS roles`);
    expect(washington).toMatchObject({ within: "United States", latitude: 38.9 });

    const [kirby] = await query<{ roles: string[]; mention: { sentences: number[]; roles: string[] } }>(`
      MATCH (x:Actor {id: 'act_kirby'})-[m:MENTIONED_IN]->(:Article {id: 'art_wire_a1'})
      RETURN x.roles AS roles, m {.sentences, .roles} AS mention`);
    expect(kirby).toEqual({
      roles: ["White House spokesperson"],
      mention: { sentences: [0], roles: ["White House spokesperson"] },
    });
    expect(await orphans()).toEqual([]);
  });

  it("changes nothing when the same document is imported again", async () => {
    await load("call-day-one.json");
    const before = await graphCounts();
    const again = await load("call-day-one.json");
    expect(again.articles).toEqual({ created: 0, replaced: 0, unchanged: 2, failed: 0 });
    expect(await graphCounts()).toEqual(before);

    // Rewriting every article (after an extractor upgrade) still lands on the same nodes.
    const forced = await load("call-day-one.json", { replaceUnchanged: true, batchSize: 1 });
    expect(forced.articles.replaced).toBe(2);
    expect(forced.actors.created + forced.events.created + forced.quotes.created).toBe(0);
    expect(await graphCounts()).toEqual(before);
  });

  it("replaces the facts of an article whose text changed, leaving no orphans", async () => {
    await load("call-day-one.json");
    const summary = await load("call-day-one-changed.json");
    expect(summary.articles).toEqual({ created: 0, replaced: 1, unchanged: 0, failed: 0 });

    // Kirby, his quotes and his statement came only from the old a1; Washington and its country too.
    expect(
      await query(
        "MATCH (n) WHERE n.id IN ['act_kirby', 'qt_kirby_1', 'qt_kirby_2', 'evt_kirby_d1', 'plc_washington', 'plc_us'] RETURN n.id",
      ),
    ).toEqual([]);
    expect(summary.quotes.deleted).toBe(2);
    expect(summary.events.deleted).toBe(1);

    // The call is still reported by a2 (6 November) and now by the new a1 (7 November): one node, two sources.
    const [call] = await query<{ sourceCount: number; places: string[]; reports: number }>(`
      MATCH (e:Event {id: 'evt_call_d1'})
      RETURN e.sourceCount AS sourceCount, COUNT { (e)-[:REPORTED_IN]->() } AS reports,
        COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(p) RETURN p.name ORDER BY p.name } AS places`);
    expect(call).toEqual({ sourceCount: 2, reports: 2, places: ["Gaza", "Israel"] });
    const [support] = await query<{ gaza: string[]; israel: string[] }>(`
      MATCH (e:Event {id: 'evt_call_d1'})-[g:TOOK_PLACE_IN]->(:Place {id: 'plc_gaza'}),
        (e)-[i:TOOK_PLACE_IN]->(:Place {id: 'plc_israel'})
      RETURN g.articles AS gaza, i.articles AS israel`);
    expect(support).toEqual({ gaza: ["art_wire_a2"], israel: ["art_wire_a1"] });

    // Biden's roles are what the remaining articles say.
    const [biden] = await query<{ roles: string[] }>(
      "MATCH (x:Actor {id: 'act_biden'}) RETURN x.roles AS roles",
    );
    expect(biden?.roles).toEqual(["President"]);
    const [article] = await query<{ hash: string }>(
      "MATCH (a:Article {id: 'art_wire_a1'}) RETURN a.contentHash AS hash",
    );
    expect(article?.hash).toBe("hash-a1-v2");
    expect(await orphans()).toEqual([]);
  });

  it("reports a bad article and an unreadable file, and loads the rest of the batch", async () => {
    const summary = await load("with-bad-article.json");
    expect(summary.articles).toMatchObject({ created: 1, failed: 1 });
    expect(summary.failures).toEqual([
      { file: "wire/unreadable.bin", article: null, reason: "binary file, not an article (reader/not-text)" },
      {
        file: "wire/bad.txt",
        article: "art_wire_bad",
        reason: 'events[1].date "2023-02-30" is not a real date of day precision',
      },
    ]);
    expect(await query("MATCH (a:Article) RETURN a.id AS id")).toEqual([{ id: "art_wire_c1" }]);
    expect(await query("MATCH (x:Actor {id: 'act_hamas'}) RETURN x")).toEqual([]);
    expect(await orphans()).toEqual([]);
  });

  it("leaves no trace of an article whose transaction failed, and loads its batch-mates", async () => {
    await load("call-day-two.json");
    const crashing = {
      ...extractionSameHappening,
      searchWindow: (event: HappeningView) => {
        if (event.id === "evt_kirby_d1") throw new Error("simulated crash while writing");
        return extractionSameHappening.searchWindow(event);
      },
    };
    const summary = await load("call-day-one.json", { sameHappening: crashing });
    expect(summary.articles).toMatchObject({ created: 1, failed: 1 });
    expect(summary.failures).toEqual([
      { file: "wire/a1.txt", article: "art_wire_a1", reason: "not loaded: simulated crash while writing" },
    ]);
    const leftovers = await query(
      "MATCH (n) WHERE n.id IN ['art_wire_a1', 'act_kirby', 'evt_kirby_d1', 'qt_kirby_1', 'plc_washington'] RETURN n.id",
    );
    expect(leftovers).toEqual([]);
    expect(await orphans()).toEqual([]);
    // A rerun completes it.
    const rerun = await load("call-day-one.json");
    expect(rerun.articles).toMatchObject({ created: 1, unchanged: 1, failed: 0 });
    expect(
      await query("MATCH (:Actor {id: 'act_kirby'})-[:SAID]->(q) RETURN q.id AS id ORDER BY id"),
    ).toEqual([{ id: "qt_kirby_1" }, { id: "qt_kirby_2" }]);
  });

  it("joins an event reported in a later run to the one already stored, in either order", async () => {
    await load("call-day-one.json");
    const dayTwo = await load("call-day-two.json");
    expect(dayTwo.eventsJoined).toBe(1);
    const calls = await query<{ id: string; articles: string[]; sourceCount: number }>(`
      MATCH (:Actor {id: 'act_biden'})-[:PARTICIPATED_IN]->(e:Event {type: 'call'})
      RETURN e.id AS id, e.sourceCount AS sourceCount,
        COLLECT { MATCH (e)-[:REPORTED_IN]->(a) RETURN DISTINCT a.id ORDER BY a.id } AS articles`);
    expect(calls).toEqual([
      { id: "evt_call_d1", sourceCount: 3, articles: ["art_wire_a1", "art_wire_a2", "art_wire_b1"] },
    ]);
    // Harris–Herzog is another call (other participants, another day).
    expect(await query("MATCH (e:Event {id: 'evt_harris_herzog'}) RETURN e.sourceCount AS n")).toEqual([
      { n: 1 },
    ]);
    const [biden] = await query<{ aliases: string[] }>(
      "MATCH (x:Actor {id: 'act_biden'}) RETURN x.aliases AS aliases",
    );
    expect(biden?.aliases).toEqual(expect.arrayContaining(["Biden", "President Joe Biden", "Joseph Biden"]));
    const counts = await graphCounts();

    // The other order ends with the same graph.
    await clearDatabase(driver());
    await load("call-day-two.json");
    await load("call-day-one.json");
    expect(await graphCounts()).toEqual(counts);
    const [call] = await query<{ n: number; sourceCount: number }>(
      "MATCH (:Actor {id: 'act_netanyahu'})-[:PARTICIPATED_IN]->(e:Event {type: 'call'}) RETURN count(e) AS n, max(e.sourceCount) AS sourceCount",
    );
    expect(call).toEqual({ n: 1, sourceCount: 3 });
  });

  it("finds actors by alias, quotes by their words and events by summary in the full-text index", async () => {
    await load("call-day-one.json");
    const search = (text: string) =>
      query<{ id: string }>(
        `CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id`,
        {
          index: SEARCH_INDEX,
          text,
        },
      );
    expect(await search('"President Joe Biden"')).toEqual([{ id: "act_biden" }]);
    expect(await search("trickle")).toEqual([{ id: "qt_kirby_2" }]);
    expect((await search("tactical")).map((r) => r.id)).toContain("evt_call_d1");
  });
});

describe("ensureReachable", () => {
  it("fails with a clear error naming the server when nothing listens", async () => {
    const uri = "bolt://127.0.0.1:9";
    const unreachable = openDriver({ uri, username: "neo4j", password: "x", database: undefined });
    try {
      const attempt = ensureReachable(unreachable, {
        uri,
        policy: { attempts: 2, initialDelayMs: 10, factor: 2, maxDelayMs: 10 },
      });
      await expect(attempt).rejects.toBeInstanceOf(Neo4jUnreachableError);
      await expect(attempt).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9 after 2 attempts/);
    } finally {
      await unreachable.close();
    }
  });

  it("resolves against the running server", async () => {
    await expect(
      ensureReachable(driver(), { uri: testConnection().uri, database: database() }),
    ).resolves.toBeUndefined();
  });
});
