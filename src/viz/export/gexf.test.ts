import { UndirectedGraph } from "graphology";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { awkwardNetwork, fixtureActorEventGraph, fixtureNetwork } from "../testing/annotated-fixture.js";
import { writeGexf } from "./gexf.js";

const OPTIONS = { lastModified: "2024-01-02" };

type XmlElement = Record<string, unknown>;

/** The document as elements with `@_` attributes, repeated elements always as arrays. */
function readXml(xml: string): XmlElement {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    isArray: (name) => ["node", "edge", "attribute", "attvalue", "attributes"].includes(name),
  });
  return parser.parse(xml) as XmlElement;
}

function child(element: XmlElement, name: string): XmlElement {
  const value = element[name];
  if (typeof value !== "object" || value === null) throw new Error(`no <${name}>`);
  return value as XmlElement;
}

function children(element: XmlElement, name: string): XmlElement[] {
  const value = element[name];
  return Array.isArray(value) ? (value as XmlElement[]) : [];
}

describe("writeGexf", () => {
  it("is well-formed XML in the GEXF 1.3 namespace, a dynamic graph with dates", () => {
    const xml = writeGexf(fixtureNetwork(), OPTIONS);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const gexf = child(readXml(xml), "gexf");
    expect(gexf["@_xmlns"]).toBe("http://gexf.net/1.3");
    expect(gexf["@_version"]).toBe("1.3");
    expect(child(gexf, "meta")["@_lastmodifieddate"]).toBe("2024-01-02");
    const graph = child(gexf, "graph");
    expect(graph).toMatchObject({
      "@_mode": "dynamic",
      "@_timeformat": "date",
      "@_defaultedgetype": "undirected",
    });
  });

  it("gives nodes and edges their first and last date as start and end, none when undated", () => {
    const graph = child(child(readXml(writeGexf(fixtureNetwork(), OPTIONS)), "gexf"), "graph");
    const nodes = children(child(graph, "nodes"), "node");
    const biden = nodes.find((node) => node["@_id"] === "a-biden");
    expect(biden).toMatchObject({ "@_start": "2023-11-06", "@_end": "2023-11-09", "@_label": "Joe Biden" });
    const hamas = nodes.find((node) => node["@_id"] === "a-hamas");
    expect(hamas?.["@_start"]).toBeUndefined();
    const edges = children(child(graph, "edges"), "edge");
    expect(edges.find((edge) => edge["@_id"] === "a-biden--a-netanyahu")).toMatchObject({
      "@_start": "2023-11-06",
      "@_end": "2023-11-09",
      "@_weight": "2",
    });
  });

  it("declares every attribute it uses, with values of the declared type", () => {
    const graph = child(child(readXml(writeGexf(fixtureActorEventGraph(), OPTIONS)), "gexf"), "graph");
    for (const declarations of children(graph, "attributes")) {
      const kind = declarations["@_class"] as "node" | "edge";
      const types = new Map(children(declarations, "attribute").map((a) => [a["@_id"], a["@_type"]]));
      expect(types.size).toBeGreaterThan(0);
      for (const item of children(child(graph, `${kind}s`), kind)) {
        const values = children((item.attvalues as XmlElement | undefined) ?? {}, "attvalue");
        for (const value of values) {
          const type = types.get(value["@_for"]);
          expect(type, `${kind} attribute ${String(value["@_for"])}`).toBeDefined();
          const text = String(value["@_value"]);
          if (type === "integer") expect(text).toMatch(/^-?\d+$/);
          if (type === "double") expect(Number.isFinite(Number(text))).toBe(true);
        }
      }
    }
  });

  it("opens in graphology's GEXF parser with positions, colours, sizes and attributes", () => {
    const source = fixtureNetwork();
    const parsed = parseGexf(UndirectedGraph, writeGexf(source, OPTIONS));
    expect(parsed.order).toBe(source.order);
    expect(parsed.size).toBe(source.size);
    const biden = parsed.getNodeAttributes("a-biden");
    const original = source.getNodeAttributes("a-biden");
    expect(biden).toMatchObject({
      label: "Joe Biden",
      x: original.x,
      y: original.y,
      size: original.size,
      kind: "person",
      eventCount: 3,
      community: original.community,
    });
    expect(parsed.getEdgeAttribute("a-biden--a-netanyahu", "weight")).toBe(2);
    expect(parsed.getEdgeAttribute("a-biden--a-netanyahu", "types")).toBe("call");
  });

  it("escapes markup, collapses line breaks and drops characters XML cannot carry", () => {
    const xml = writeGexf(awkwardNetwork(), OPTIONS);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const parsed = parseGexf(UndirectedGraph, xml);
    expect(parsed.getNodeAttribute("a-hamas", "label")).toBe(`Ham"as & <Co>, 'quoted' line`);
  });

  it("writes an empty graph as a valid empty document", () => {
    const empty = fixtureNetwork().emptyCopy();
    empty.clear();
    const xml = writeGexf(empty, OPTIONS);
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const graph = child(child(readXml(xml), "gexf"), "graph");
    expect(child(graph, "nodes")["@_count"]).toBe("0");
    expect(children(child(graph, "nodes"), "node")).toEqual([]);
  });
});
