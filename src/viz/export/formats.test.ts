import { describe, expect, it } from "vitest";
import { fixtureSource } from "../testing/rows-fixture.js";
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormatName } from "./formats.js";

const OPTIONS = { projection: "actor-network", today: "2024-01-02" } as const;

describe("export formats", () => {
  it("knows each format by name, and nothing else", () => {
    expect(EXPORT_FORMAT_NAMES).toEqual([
      "graphology",
      "gexf",
      "cytoscape",
      "csv-nodes",
      "csv-edges",
      "timeline",
      "geojson",
    ]);
    expect(isExportFormatName("gexf")).toBe(true);
    expect(isExportFormatName("toString")).toBe(false);
  });

  it("renders every format from a projection source", async () => {
    for (const name of EXPORT_FORMAT_NAMES) {
      const text = await EXPORT_FORMATS[name].render(fixtureSource, OPTIONS);
      if (EXPORT_FORMATS[name].contentType.includes("json"))
        expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(text.length, name).toBeGreaterThan(20);
    }
  });

  it("writes the graph formats from either projection", async () => {
    const network = JSON.parse(await EXPORT_FORMATS.graphology.render(fixtureSource, OPTIONS)) as {
      nodes: unknown[];
    };
    const bipartite = JSON.parse(
      await EXPORT_FORMATS.graphology.render(fixtureSource, { ...OPTIONS, projection: "actor-event" }),
    ) as { nodes: unknown[] };
    expect(network.nodes).toHaveLength(4);
    expect(bipartite.nodes).toHaveLength(8);
  });

  it("stamps GEXF with the day it is given", async () => {
    expect(await EXPORT_FORMATS.gexf.render(fixtureSource, OPTIONS)).toContain(
      'lastmodifieddate="2024-01-02"',
    );
  });
});
