/** The fixture's graphs, built and annotated, for the writer tests. */
import { annotateGraph } from "../analytics/annotate.js";
import type { VizGraph } from "../graph.js";
import { buildActorEventGraph, buildActorNetwork } from "../projection/build.js";
import { FIXTURE_ACTORS, FIXTURE_EVENTS, FIXTURE_LINKS, FIXTURE_PARTICIPATIONS } from "./rows-fixture.js";

export function fixtureNetwork(): VizGraph {
  return annotateGraph(buildActorNetwork(FIXTURE_ACTORS, FIXTURE_LINKS));
}

export function fixtureActorEventGraph(): VizGraph {
  return annotateGraph(buildActorEventGraph(FIXTURE_ACTORS, FIXTURE_EVENTS, FIXTURE_PARTICIPATIONS));
}

/** A network whose labels need escaping in every format. */
export function awkwardNetwork(): VizGraph {
  const graph = fixtureNetwork();
  graph.setNodeAttribute("a-hamas", "label", `Ham"as & <Co>, \u0007'quoted'\nline`);
  return graph;
}
