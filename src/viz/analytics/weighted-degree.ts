import { weightedDegree } from "graphology-metrics/node/weighted-degree.js";
import type { VizGraph } from "../graph.js";

/** Sum of edge weights per node: in the actor network, how many shared-event links an actor has. */
export function weightedDegrees(graph: VizGraph): Record<string, number> {
  const degrees: Record<string, number> = {};
  graph.forEachNode((node) => {
    degrees[node] = weightedDegree(graph, node, "weight");
  });
  return degrees;
}
