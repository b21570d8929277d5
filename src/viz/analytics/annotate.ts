/**
 * Runs every analytic on a graph and writes the results into its attributes, so the exports
 * carry them: data (weightedDegree, pagerank, betweenness, community) and drawing (x, y from
 * ForceAtlas2, size from weighted degree, colour from community).
 */
import type { VizGraph } from "../graph.js";
import { betweennessCentralities } from "./betweenness.js";
import { louvainCommunities } from "./communities.js";
import { forceAtlas2Positions } from "./layout.js";
import { pageRanks } from "./pagerank.js";
import { weightedDegrees } from "./weighted-degree.js";

/** Colour-blind-friendly qualitative palette (Okabe–Ito, then Tableau), cycled by community. */
export const COMMUNITY_COLORS: readonly string[] = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#56B4E9",
  "#F0E442",
  "#4E79A7",
  "#B07AA1",
  "#9C755F",
];

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 20;

export function communityColor(community: number): string {
  return COMMUNITY_COLORS[community % COMMUNITY_COLORS.length] ?? "#888888";
}

/** Rounds away float noise so exports are stable and small. */
function round(value: number, digits = 6): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function annotateGraph(graph: VizGraph): VizGraph {
  const degrees = weightedDegrees(graph);
  const ranks = pageRanks(graph);
  const betweenness = betweennessCentralities(graph);
  const communities = louvainCommunities(graph);
  const positions = forceAtlas2Positions(graph);
  // reduce, not Math.max(...values): a spread of a big graph's values overflows the call stack
  const maxDegree = Object.values(degrees).reduce((max, degree) => Math.max(max, degree), 1);
  const maxWeight = graph.reduceEdges((max, _edge, attributes) => Math.max(max, attributes.weight), 1);
  graph.updateEachNodeAttributes((node, attributes) => {
    const degree = degrees[node] ?? 0;
    const community = communities[node] ?? 0;
    return {
      ...attributes,
      weightedDegree: degree,
      pagerank: round(ranks[node] ?? 0),
      betweenness: betweenness === null ? null : round(betweenness[node] ?? 0),
      community,
      x: round(positions[node]?.x ?? 0, 3),
      y: round(positions[node]?.y ?? 0, 3),
      size: round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(degree / maxDegree), 2),
      color: communityColor(community),
    };
  });
  if (betweenness === null) {
    graph.setAttribute(
      "betweenness",
      `not computed: ${graph.order} nodes × ${graph.size} edges is beyond exact betweenness's budget`,
    );
  }
  graph.updateEachEdgeAttributes((_edge, attributes) => ({
    ...attributes,
    size: round(1 + 4 * (attributes.weight / maxWeight), 2),
  }));
  return graph;
}
