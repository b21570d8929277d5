import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import type { VizGraph } from "../graph.js";
import { commonJsDefault } from "./commonjs-default.js";

const pagerank = commonJsDefault(pagerankModule);

/** PageRank with shared-event counts as edge weights. */
export function pageRanks(graph: VizGraph): Record<string, number> {
  if (graph.size === 0) return Object.fromEntries(graph.nodes().map((node) => [node, 1 / graph.order]));
  return pagerank(graph, { getEdgeWeight: "weight" });
}
