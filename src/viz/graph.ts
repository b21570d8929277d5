/**
 * The graphs the visualisation layer builds: undirected graphology graphs whose node and edge
 * attributes are what sigma.js draws (label, x, y, size, color) plus data attributes that every
 * exporter writes as they are. `firstDate`/`lastDate` are the dynamic range GEXF and the
 * explorer use.
 */
import type { UndirectedGraph } from "graphology";

/** A data attribute value: what every export format can carry. */
export type AttributeValue = string | number | boolean | null | readonly string[];

export interface VizNodeAttributes {
  [data: string]: AttributeValue;
  label: string;
  /** `actor` or `event` (the actor–event graph has both). */
  nodeKind: "actor" | "event";
  x: number;
  y: number;
  size: number;
  color: string;
  firstDate: string | null;
  lastDate: string | null;
}

export interface VizEdgeAttributes {
  [data: string]: AttributeValue;
  /** How strongly linked: shared events in the actor network, 1 in the actor–event graph. */
  weight: number;
  /** Drawn thickness. */
  size: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface VizGraphAttributes {
  [data: string]: AttributeValue;
  /** What the graph is: `actor-network` or `actor-event`. */
  projection: string;
}

export type VizGraph = UndirectedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>;

/** Attributes the drawing owns, as opposed to data; exporters map them to their formats' own fields. */
export const DRAWING_ATTRIBUTES: ReadonlySet<string> = new Set(["label", "x", "y", "size", "color"]);

/** Data attributes of a node or edge, in a stable order (drawing attributes left out). */
export function dataAttributes(
  attributes: Readonly<Record<string, AttributeValue>>,
): [string, AttributeValue][] {
  return Object.entries(attributes).filter(([key]) => !DRAWING_ATTRIBUTES.has(key));
}
