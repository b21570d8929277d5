/// <reference lib="dom" />
/** The actor network drawn by sigma.js: click an actor to select it, the background to clear. */
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { VizEdgeAttributes, VizGraphAttributes, VizNodeAttributes } from "../../graph.js";
import type { ExplorerData } from "../data.js";

const DIMMED = "#d8d8d8";

/** Where a label was drawn, in pixels from the container's top left. */
export interface LabelBox {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export interface NetworkView {
  readonly sigma: Sigma<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>;
  /** Redraws with `actor` and its neighbours highlighted (all when null). */
  highlight(actor: string | null): void;
  /** The labels drawn in the last frame, none overlapping another. */
  labelBoxes(): readonly LabelBox[];
  /** Where a node is drawn, in pixels from the container's top left; null when not drawn. */
  nodePosition(node: string): { x: number; y: number } | null;
}

/**
 * Spreads the layout over the panel: ForceAtlas2 leaves a dense core and a few far-flung
 * actors, which sigma's fit-to-view shrinks into a clump. Each node keeps its direction from
 * the centre and its order of distance, but its distance becomes its rank among all distances,
 * so the nodes fill the disc evenly; the disc is stretched to the panel's width-to-height ratio.
 */
export function spreadLayout(
  graph: UndirectedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>,
  aspect: number,
): void {
  const nodes = graph.nodes();
  if (nodes.length < 3) return;
  const cx = nodes.reduce((sum, node) => sum + graph.getNodeAttribute(node, "x"), 0) / nodes.length;
  const cy = nodes.reduce((sum, node) => sum + graph.getNodeAttribute(node, "y"), 0) / nodes.length;
  const polar = nodes.map((node) => {
    const dx = graph.getNodeAttribute(node, "x") - cx;
    const dy = graph.getNodeAttribute(node, "y") - cy;
    return { node, angle: Math.atan2(dy, dx), distance: Math.hypot(dx, dy) };
  });
  polar.sort((a, b) => a.distance - b.distance || a.node.localeCompare(b.node));
  polar.forEach(({ node, angle }, rank) => {
    const radius = Math.sqrt((rank + 1) / polar.length);
    graph.mergeNodeAttributes(node, { x: aspect * radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

export function createNetworkView(
  container: HTMLElement,
  network: ExplorerData["network"],
  onSelect: (actor: string | null) => void,
): NetworkView {
  const graph = new UndirectedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>();
  graph.import(network);
  spreadLayout(graph, container.clientWidth / Math.max(1, container.clientHeight));
  let selected: string | null = null;
  let drawn: LabelBox[] = [];
  const sigma = new Sigma(graph, container, {
    // Sigma's grid keeps the labels of the largest nodes per cell; a label that would still
    // run into one drawn before it (larger nodes come first) is left out of this frame.
    defaultDrawNodeLabel: (context, data, settings) => {
      if (!data.label) return;
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const box: LabelBox = {
        label: data.label,
        x: data.x + data.size + 3,
        y: data.y - (settings.labelSize * 2) / 3,
        width: context.measureText(data.label).width,
        height: settings.labelSize,
      };
      if (drawn.some((other) => overlaps(box, other))) return;
      drawn.push(box);
      drawDiscNodeLabel(context, data, settings);
    },
    labelRenderedSizeThreshold: 0,
    // room for the labels, which are drawn to the right of the outermost nodes
    stagePadding: 40,
    // sigma's label collision handling: a grid of cells about a label wide, each showing the
    // labels of its largest nodes up to the density, so labels do not run into each other
    labelGridCellSize: 110,
    labelDensity: 1,
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
  sigma.on("beforeRender", () => {
    drawn = [];
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
    labelBoxes: () => [...drawn],
    nodePosition(node) {
      const display = sigma.getNodeDisplayData(node);
      if (!display) return null;
      const { x, y } = sigma.framedGraphToViewport(display);
      return { x, y };
    },
  };
}
