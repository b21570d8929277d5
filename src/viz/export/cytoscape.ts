/**
 * Cytoscape.js JSON (the `cy.json()` shape Cytoscape desktop also reads as .cyjs): elements with
 * their data and preset positions, so `cytoscape({ ...json, layout: { name: "preset" } })` opens
 * the graph laid out.
 */
import { dataAttributes, type VizGraph } from "../graph.js";

export function writeCytoscapeJson(graph: VizGraph): string {
  const nodes = graph.mapNodes((node, attributes) => ({
    group: "nodes",
    data: {
      ...Object.fromEntries(dataAttributes(attributes)),
      id: node,
      label: attributes.label,
      color: attributes.color,
      size: attributes.size,
    },
    position: { x: attributes.x, y: attributes.y },
  }));
  const edges = graph.mapEdges((edge, attributes, source, target) => ({
    group: "edges",
    data: {
      ...Object.fromEntries(dataAttributes(attributes)),
      id: edge,
      source,
      target,
      size: attributes.size,
    },
  }));
  return JSON.stringify({
    format_version: "1.0",
    generated_by: "newsgraph",
    target_cytoscapejs_version: "~3",
    data: { ...graph.getAttributes() },
    elements: { nodes, edges },
  });
}
