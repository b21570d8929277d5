import { describe, expect, it } from "vitest";
import { buildActorNetwork } from "../projection/build.js";
import { FIXTURE_ACTORS, FIXTURE_LINKS } from "../testing/rows-fixture.js";
import { annotateGraph, MAX_NODE_SIZE, MIN_NODE_SIZE } from "./annotate.js";

describe("annotateGraph", () => {
  it("writes every analytic into the attributes", () => {
    const graph = annotateGraph(buildActorNetwork(FIXTURE_ACTORS, FIXTURE_LINKS));
    const biden = graph.getNodeAttributes("a-biden");
    expect(biden.weightedDegree).toBe(3);
    expect(biden.size).toBe(MAX_NODE_SIZE);
    expect(graph.getNodeAttribute("a-hamas", "size")).toBe(MIN_NODE_SIZE);
    expect(typeof biden.pagerank).toBe("number");
    expect(biden.betweenness).toBeCloseTo(1 / 3, 5);
    expect(biden.color).toMatch(/^#[0-9A-F]{6}$/i);
    graph.forEachNode((_node, attributes) => {
      expect(Number.isFinite(attributes.x) && Number.isFinite(attributes.y)).toBe(true);
    });
  });

  it("is reproducible: the same graph gets the same layout and communities", () => {
    const first = annotateGraph(buildActorNetwork(FIXTURE_ACTORS, FIXTURE_LINKS));
    const second = annotateGraph(buildActorNetwork(FIXTURE_ACTORS, FIXTURE_LINKS));
    expect(second.export()).toEqual(first.export());
  });

  it("copes with an empty graph", () => {
    expect(annotateGraph(buildActorNetwork([], [])).order).toBe(0);
  });
});
