import { describe, expect, it } from "vitest";
import {
  FIXTURE_ACTORS,
  FIXTURE_EVENTS,
  FIXTURE_LINKS,
  FIXTURE_PARTICIPATIONS,
} from "../testing/rows-fixture.js";
import { actorNodeKey, buildActorEventGraph, buildActorNetwork, eventNodeKey } from "./build.js";

describe("buildActorNetwork", () => {
  it("has a node per actor and a weighted edge per linked pair", () => {
    const graph = buildActorNetwork(FIXTURE_ACTORS, FIXTURE_LINKS);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes("a-biden", "a-netanyahu")).toMatchObject({
      weight: 2,
      firstDate: "2023-11-06",
      lastDate: "2023-11-09",
      types: ["call"],
    });
    expect(graph.getNodeAttributes("a-hamas")).toMatchObject({
      label: "Hamas",
      nodeKind: "actor",
      firstDate: null,
    });
  });

  it("drops links to actors it does not have", () => {
    const graph = buildActorNetwork(FIXTURE_ACTORS.slice(0, 1), FIXTURE_LINKS);
    expect(graph.size).toBe(0);
  });
});

describe("buildActorEventGraph", () => {
  it("links actors to their events with their roles, keys kept apart", () => {
    const graph = buildActorEventGraph(FIXTURE_ACTORS, FIXTURE_EVENTS, FIXTURE_PARTICIPATIONS);
    expect(graph.order).toBe(FIXTURE_ACTORS.length + FIXTURE_EVENTS.length);
    expect(graph.size).toBe(FIXTURE_PARTICIPATIONS.length);
    const edge = graph.edge(actorNodeKey("a-kirby"), eventNodeKey("e-statement-1107"));
    expect(edge).toBeDefined();
    expect(graph.getEdgeAttribute(edge, "roles")).toEqual(["speaker"]);
    expect(graph.getNodeAttributes(eventNodeKey("e-undated"))).toMatchObject({
      nodeKind: "event",
      firstDate: null,
      label: "undated meeting: Biden met Kirby",
    });
  });
});
