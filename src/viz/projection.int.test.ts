import { check } from "@placemarkio/check-geojson";
import { UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearDatabase, connectTestDriver, testConnection } from "../../tests/support/neo4j.js";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from "./export/formats.js";
import { parseVizFilter, type VizFilterInput } from "./filter.js";
import { loadActorEventGraph, loadActorNetwork } from "./projection/load.js";
import { neo4jProjectionSource } from "./projection/neo4j-source.js";
import { writeVizFixture } from "./testing/neo4j-fixture.js";

let driver: Driver;

beforeAll(async () => {
  driver = connectTestDriver();
  await clearDatabase(driver);
  await writeVizFixture(driver, testConnection().database);
});

afterAll(async () => {
  await driver.close();
});

function source(filter: VizFilterInput = {}) {
  return neo4jProjectionSource({
    driver,
    database: testConnection().database,
    filter: parseVizFilter(filter),
  });
}

describe("projection queries against Neo4j", () => {
  it("links actors by shared events with weight, dates and types", async () => {
    const links = await source().links();
    expect(links.find((link) => link.source === "actor-biden" && link.target === "actor-netanyahu")).toEqual({
      source: "actor-biden",
      target: "actor-netanyahu",
      weight: 2,
      undatedCount: 0,
      // the later call is known to the month only, stored as its first day (graph model)
      firstDate: "2023-11-01",
      lastDate: "2023-11-06",
      types: ["call"],
    });
    const hamasIsrael = links.find((link) => link.source === "actor-hamas" && link.target === "actor-israel");
    expect(hamasIsrael).toMatchObject({
      weight: 2,
      undatedCount: 1,
      firstDate: "2023-10-07",
      lastDate: "2023-10-07",
    });
  });

  it("summarises each actor's events", async () => {
    const kirby = (await source().actors()).find((actor) => actor.id === "actor-kirby");
    expect(kirby).toEqual({
      id: "actor-kirby",
      name: "John Kirby",
      kind: "person",
      countryCode: "US",
      eventCount: 2,
      undatedCount: 0,
      firstDate: "2023-11-06",
      lastDate: "2023-11-07",
    });
  });

  it("reads events with participants, places, quotes and every source, undated last", async () => {
    const events = await source().events();
    expect(events.at(-1)?.id).toBe("event-undated");
    const call = events.find((event) => event.id === "event-call-1106");
    expect(call?.sources.map((article) => article.outlet)).toEqual(["AP", "Reuters", "ICARO Media Group"]);
    expect(call?.participants).toEqual([
      { id: "actor-netanyahu", name: "Benjamin Netanyahu", kind: "person", role: "counterpart" },
      { id: "actor-biden", name: "Joe Biden", kind: "person", role: "initiator" },
    ]);
    const statement = events.find((event) => event.id === "event-statement-1107");
    expect(statement?.quotes).toEqual([
      {
        id: "quote-kirby-1107",
        text: "Israel has agreed to consider them",
        date: "2023-11-07",
        speakerId: "actor-kirby",
        speakerName: "John Kirby",
      },
    ]);
  });

  it("reads places with coordinates, counts and date ranges", async () => {
    const places = await source().places();
    expect(places.find((place) => place.id === "place-gaza")).toMatchObject({
      latitude: 31.5,
      longitude: 34.47,
      eventCount: 2,
      undatedCount: 1,
      firstDate: "2023-11-06",
      lastDate: "2023-11-06",
    });
    expect(places.find((place) => place.id === "place-unmapped")).toMatchObject({
      latitude: null,
      longitude: null,
    });
  });
});

describe("filters", () => {
  const eventIds = async (filter: VizFilterInput) =>
    (await source(filter).events()).map((event) => event.id).sort();

  it("by actor, matching an alias case-insensitively", async () => {
    expect(await eventIds({ actors: ["kirby"] })).toEqual(["event-statement-1106", "event-statement-1107"]);
  });

  it("by place, including places within it", async () => {
    expect(await eventIds({ places: ["United States"] })).toEqual([
      "event-meeting-1108",
      "event-statement-1106",
      "event-statement-1107",
    ]);
  });

  it("by CAMEO root or code", async () => {
    expect(await eventIds({ cameo: ["04"] })).toEqual([
      "event-call-1106",
      "event-call-later",
      "event-meeting-1108",
    ]);
    expect(await eventIds({ cameo: ["043"] })).toEqual(["event-meeting-1108"]);
  });

  it("by date range, leaving undated events out", async () => {
    const november = await eventIds({ from: "2023-11", to: "2023-11" });
    expect(november).not.toContain("event-undated");
    expect(november).not.toContain("event-attack-1007");
    expect(november).toHaveLength(5);
  });

  it("combines criteria, and the network follows the events", async () => {
    const network = await loadActorNetwork(
      source({ actors: ["Joe Biden"], cameo: ["04"], from: "2023-11-06" }),
    );
    expect(network.nodes().sort()).toEqual(["actor-biden", "actor-harris", "actor-netanyahu"]);
    expect(network.getEdgeAttribute("actor-biden--actor-netanyahu", "weight")).toBe(1);
  });

  it("an unknown actor selects nothing, and every export still renders", async () => {
    const empty = source({ actors: ["nobody at all"] });
    expect(await empty.events()).toEqual([]);
    for (const name of EXPORT_FORMAT_NAMES) {
      const text = await EXPORT_FORMATS[name].render(empty, {
        projection: "actor-network",
        today: "2024-01-01",
      });
      expect(text.length).toBeGreaterThan(0);
    }
  });
});

describe("exports of the graph in Neo4j", () => {
  it("the annotated actor network opens in graphology's GEXF parser", async () => {
    const gexf = await EXPORT_FORMATS.gexf.render(source(), {
      projection: "actor-network",
      today: "2024-01-01",
    });
    const parsed = parseGexf(UndirectedGraph, gexf);
    expect(parsed.order).toBe(6);
    expect(parsed.getNodeAttribute("actor-biden", "label")).toBe("Joe Biden");
  });

  it("the actor–event graph has every participation", async () => {
    const graph = await loadActorEventGraph(source());
    expect(graph.order).toBe(6 + 7);
    expect(graph.size).toBe(14);
  });

  it("GeoJSON has the places of events, validates, and skips the unmapped one", async () => {
    const geojson = check(
      await EXPORT_FORMATS.geojson.render(source(), { projection: "actor-network", today: "2024-01-01" }),
    );
    expect(geojson.type === "FeatureCollection" ? geojson.features.length : 0).toBe(4);
  });
});
