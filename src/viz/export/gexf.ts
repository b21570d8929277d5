/**
 * GEXF 1.3 for Gephi: a dynamic graph (`timeformat="date"`) whose nodes and edges live from their
 * first to their last dated event, with the analytics as attributes and the layout, size and
 * colour as viz data, so Gephi opens it laid out and its timeline slider works.
 */
import XMLBuilder from "fast-xml-builder";
import { dataAttributes, type AttributeValue, type VizGraph } from "../graph.js";
import { xmlSafeText } from "./xml-text.js";

export interface GexfOptions {
  /** `YYYY-MM-DD` for `<meta lastmodifieddate>`; passed in so the writer stays pure. */
  readonly lastModified: string;
  readonly description?: string;
}

type GexfType = "integer" | "double" | "boolean" | "string";

/** Keys written as GEXF's own fields rather than attributes. */
const OWN_FIELDS = new Set(["firstDate", "lastDate", "weight"]);

function gexfTypeOf(values: readonly AttributeValue[]): GexfType {
  const present = values.filter((value) => value !== null);
  if (present.length > 0 && present.every((value) => typeof value === "number")) {
    return present.every((value) => Number.isInteger(value)) ? "integer" : "double";
  }
  if (present.length > 0 && present.every((value) => typeof value === "boolean")) return "boolean";
  return "string";
}

/** Lists as `a|b` strings: Gephi's list types differ between versions, a string reads everywhere. */
function gexfValue(value: Exclude<AttributeValue, null>): string {
  return Array.isArray(value) ? value.join("|") : xmlSafeText(String(value));
}

interface AttributeDeclaration {
  readonly id: string;
  readonly type: GexfType;
}

function declareAttributes(
  items: readonly Readonly<Record<string, AttributeValue>>[],
): AttributeDeclaration[] {
  const valuesByKey = new Map<string, AttributeValue[]>();
  for (const attributes of items) {
    for (const [key, value] of dataAttributes(attributes)) {
      if (OWN_FIELDS.has(key)) continue;
      const values = valuesByKey.get(key) ?? [];
      values.push(value);
      valuesByKey.set(key, values);
    }
  }
  return [...valuesByKey.keys()].sort().map((id) => ({ id, type: gexfTypeOf(valuesByKey.get(id) ?? []) }));
}

function attvalues(
  declarations: readonly AttributeDeclaration[],
  attributes: Readonly<Record<string, AttributeValue>>,
) {
  const values = declarations.flatMap(({ id }) => {
    const value = attributes[id];
    return value === null || value === undefined ? [] : [{ "@_for": id, "@_value": gexfValue(value) }];
  });
  return values.length > 0 ? { attvalues: { attvalue: values } } : {};
}

function spell(firstDate: AttributeValue | undefined, lastDate: AttributeValue | undefined) {
  return {
    ...(typeof firstDate === "string" ? { "@_start": firstDate } : {}),
    ...(typeof lastDate === "string" ? { "@_end": lastDate } : {}),
  };
}

function rgb(color: string): { "@_r": number; "@_g": number; "@_b": number } {
  const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const [r, g, b] = hex ? [hex[1], hex[2], hex[3]].map((part) => parseInt(part ?? "0", 16)) : [136, 136, 136];
  return { "@_r": r ?? 136, "@_g": g ?? 136, "@_b": b ?? 136 };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  indentBy: "  ",
  suppressEmptyNode: true,
});

export function writeGexf(graph: VizGraph, options: GexfOptions): string {
  const nodeDeclarations = declareAttributes(graph.mapNodes((_node, attributes) => attributes));
  const edgeDeclarations = declareAttributes(graph.mapEdges((_edge, attributes) => attributes));
  const declare = (declarations: readonly AttributeDeclaration[]) =>
    declarations.map(({ id, type }) => ({ "@_id": id, "@_title": id, "@_type": type }));

  const nodes = graph.mapNodes((node, attributes) => ({
    "@_id": node,
    "@_label": xmlSafeText(attributes.label),
    ...spell(attributes.firstDate, attributes.lastDate),
    ...attvalues(nodeDeclarations, attributes),
    "viz:color": rgb(attributes.color),
    "viz:position": { "@_x": attributes.x, "@_y": attributes.y, "@_z": 0 },
    "viz:size": { "@_value": attributes.size },
  }));
  const edges = graph.mapEdges((edge, attributes, source, target) => ({
    "@_id": edge,
    "@_source": source,
    "@_target": target,
    "@_weight": attributes.weight,
    ...spell(attributes.firstDate, attributes.lastDate),
    ...attvalues(edgeDeclarations, attributes),
    "viz:thickness": { "@_value": attributes.size },
  }));

  const document = {
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    gexf: {
      "@_xmlns": "http://gexf.net/1.3",
      "@_xmlns:viz": "http://gexf.net/1.3/viz",
      "@_xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "@_xsi:schemaLocation": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
      "@_version": "1.3",
      meta: {
        "@_lastmodifieddate": options.lastModified,
        creator: "newsgraph",
        description: xmlSafeText(options.description ?? `newsgraph ${graph.getAttribute("projection")}`),
      },
      graph: {
        "@_defaultedgetype": "undirected",
        "@_mode": "dynamic",
        "@_timeformat": "date",
        attributes: [
          { "@_class": "node", attribute: declare(nodeDeclarations) },
          { "@_class": "edge", attribute: declare(edgeDeclarations) },
        ],
        nodes: { "@_count": graph.order, node: nodes },
        edges: { "@_count": graph.size, edge: edges },
      },
    },
  };
  return builder.build(document);
}
