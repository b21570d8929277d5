import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { awkwardNetwork, fixtureActorEventGraph } from "../testing/annotated-fixture.js";
import { writeCytoscapeJson } from "./cytoscape.js";

describe("writeCytoscapeJson", () => {
  it("loads into headless Cytoscape.js with its nodes, edges, data and positions", () => {
    const source = awkwardNetwork();
    const json = JSON.parse(writeCytoscapeJson(source)) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: json.elements, layout: { name: "preset" } });
    expect(cy.nodes().length).toBe(source.order);
    expect(cy.edges().length).toBe(source.size);
    const biden = cy.getElementById("a-biden");
    expect(biden.data("label")).toBe("Joe Biden");
    expect(biden.data("eventCount")).toBe(3);
    expect(biden.position()).toEqual({
      x: source.getNodeAttribute("a-biden", "x"),
      y: source.getNodeAttribute("a-biden", "y"),
    });
    const call = cy.getElementById("a-biden--a-netanyahu");
    expect(call.data()).toMatchObject({
      source: "a-biden",
      target: "a-netanyahu",
      weight: 2,
      types: ["call"],
    });
    expect(cy.getElementById("a-hamas").data("label")).toBe(source.getNodeAttribute("a-hamas", "label"));
  });

  it("keeps actor and event ids apart in the actor–event graph", () => {
    const source = fixtureActorEventGraph();
    const json = JSON.parse(writeCytoscapeJson(source)) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes('[nodeKind = "event"]').length).toBe(4);
    expect(cy.getElementById("actor:a-kirby").degree(false)).toBe(2);
  });
});
