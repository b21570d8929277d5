import louvainModule from "graphology-communities-louvain";
import type { VizGraph } from "../graph.js";
import { commonJsDefault } from "./commonjs-default.js";

const louvain = commonJsDefault(louvainModule);

/**
 * Louvain communities (0, 1, …) weighted by shared events. Without the random walk, so the same
 * graph always gets the same communities and exports are reproducible.
 */
export function louvainCommunities(graph: VizGraph): Record<string, number> {
  if (graph.size === 0) return Object.fromEntries(graph.nodes().map((node, index) => [node, index]));
  return louvain(graph, { getEdgeWeight: "weight", randomWalk: false });
}
