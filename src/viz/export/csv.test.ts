import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { awkwardNetwork, fixtureNetwork } from "../testing/annotated-fixture.js";
import { writeEdgesCsv, writeNodesCsv } from "./csv.js";

type Row = Record<string, string>;

function readCsv(text: string): Row[] {
  return parse<Row>(text, { columns: true, skip_empty_lines: true });
}

describe("CSV tables", () => {
  it("has a node row per node with Gephi's Id and Label columns and the analytics", () => {
    const graph = awkwardNetwork();
    const rows = readCsv(writeNodesCsv(graph));
    expect(rows).toHaveLength(graph.order);
    const biden = rows.find((row) => row.Id === "a-biden");
    expect(biden).toMatchObject({
      Label: "Joe Biden",
      kind: "person",
      eventCount: "3",
      firstDate: "2023-11-06",
    });
    expect(Number(biden?.pagerank)).toBeCloseTo(graph.getNodeAttribute("a-biden", "pagerank") as number, 6);
    expect(rows.find((row) => row.Id === "a-hamas")?.Label).toBe(graph.getNodeAttribute("a-hamas", "label"));
  });

  it("has an edge row per edge with Source, Target, Type and Weight, lists joined", () => {
    const rows = readCsv(writeEdgesCsv(fixtureNetwork()));
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.Target === "a-kirby")).toMatchObject({
      Source: "a-biden",
      Target: "a-kirby",
      Type: "Undirected",
      Weight: "1",
      types: "meeting",
      firstDate: "",
    });
  });

  it("writes only the header for an empty graph", () => {
    const empty = fixtureNetwork();
    empty.clear();
    expect(readCsv(writeNodesCsv(empty))).toEqual([]);
    expect(writeNodesCsv(empty).trim().split("\n")).toHaveLength(1);
  });
});
