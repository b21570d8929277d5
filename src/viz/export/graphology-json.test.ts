import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { awkwardNetwork, fixtureActorEventGraph } from "../testing/annotated-fixture.js";
import { writeGraphologyJson } from "./graphology-json.js";

describe("writeGraphologyJson", () => {
  it("imports back into graphology as the same graph", () => {
    for (const source of [awkwardNetwork(), fixtureActorEventGraph()]) {
      const imported = UndirectedGraph.from(
        JSON.parse(writeGraphologyJson(source)) as ReturnType<typeof source.export>,
      );
      expect(imported.export()).toEqual(source.export());
    }
  });

  it("carries what sigma.js draws on every node", () => {
    const imported = UndirectedGraph.from(
      JSON.parse(writeGraphologyJson(fixtureActorEventGraph())) as ReturnType<UndirectedGraph["export"]>,
    );
    imported.forEachNode((_node, attributes) => {
      expect(attributes).toMatchObject({
        label: expect.any(String) as unknown,
        x: expect.any(Number) as unknown,
        y: expect.any(Number) as unknown,
        size: expect.any(Number) as unknown,
        color: expect.stringMatching(/^#/) as unknown,
      });
      expect(attributes).not.toHaveProperty("type");
    });
  });
});
