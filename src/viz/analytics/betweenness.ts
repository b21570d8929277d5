import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import type { VizGraph } from "../graph.js";
import { commonJsDefault } from "./commonjs-default.js";

const betweennessCentrality = commonJsDefault(betweennessModule);

/**
 * Exact betweenness (Brandes) costs nodes × edges steps: about 1e7 takes under a second, while
 * the actor–event graph of the 10,000-article corpus (1.4e8) takes 25 s of blocked event loop.
 * Above this bound the metric is not computed.
 */
export const BETWEENNESS_MAX_WORK = 20_000_000;

/**
 * Normalised betweenness on hops, or null when the graph is beyond BETWEENNESS_MAX_WORK. Edge
 * weights are left out on purpose: betweenness reads a weight as a distance, and ours count
 * shared events, so a strong tie would look far.
 */
export function betweennessCentralities(graph: VizGraph): Record<string, number> | null {
  // the library's Brandes stack cannot be sized 0
  if (graph.order === 0) return {};
  if (graph.order * Math.max(1, graph.size) > BETWEENNESS_MAX_WORK) return null;
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
}
