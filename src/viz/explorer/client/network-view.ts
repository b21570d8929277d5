/// <reference lib="dom" />
/** The actor network drawn by sigma.js: click an actor to select it, the background to clear. */
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import type { VizEdgeAttributes, VizGraphAttributes, VizNodeAttributes } from "../../graph.js";
import type { ExplorerData } from "../data.js";

const DIMMED = "#d8d8d8";

export interface NetworkView {
  readonly sigma: Sigma<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>;
  /** Redraws with `actor` and its neighbours highlighted (all when null). */
  highlight(actor: string | null): void;
  /** Where a node is drawn, in pixels from the container's top left; null when not drawn. */
  nodePosition(node: string): { x: number; y: number } | null;
}

export function createNetworkView(
  container: HTMLElement,
  network: ExplorerData["network"],
  onSelect: (actor: string | null) => void,
): NetworkView {
  const graph = new UndirectedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>();
  graph.import(network);
  let selected: string | null = null;
  const sigma = new Sigma(graph, container, {
    labelRenderedSizeThreshold: 0,
    // room for the labels, which are drawn to the right of the outermost nodes
    stagePadding: 90,
    // small cells so neighbouring actors keep their labels (sigma culls labels per grid cell)
    labelGridCellSize: 30,
    labelSize: 13,
    zIndex: true,
    nodeReducer: (node, attributes) => {
      if (selected === null) return attributes;
      if (node === selected) return { ...attributes, highlighted: true, zIndex: 2 };
      if (graph.areNeighbors(node, selected)) return { ...attributes, zIndex: 1 };
      return { ...attributes, color: DIMMED, label: "", zIndex: 0 };
    },
    edgeReducer: (edge, attributes) => {
      if (selected === null || graph.hasExtremity(edge, selected)) return attributes;
      return { ...attributes, hidden: true };
    },
  });
  sigma.on("clickNode", ({ node }) => {
    onSelect(node);
  });
  // Two clicks within sigma's double-click delay, even on two different actors, arrive as a
  // double click: select the actor then too, instead of zooming.
  sigma.on("doubleClickNode", ({ node, event }) => {
    event.preventSigmaDefault();
    onSelect(node);
  });
  sigma.on("clickStage", () => {
    onSelect(null);
  });
  return {
    sigma,
    highlight(actor) {
      selected = actor;
      sigma.refresh();
    },
    nodePosition(node) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return null;
      const { x, y } = sigma.framedGraphToViewport(display);
      return { x, y };
    },
  };
}
