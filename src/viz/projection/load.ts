/** Projections read from a source, built and annotated with the analytics, ready to export. */
import { annotateGraph } from "../analytics/annotate.js";
import type { VizGraph } from "../graph.js";
import { buildActorEventGraph, buildActorNetwork } from "./build.js";
import type { ProjectionSource } from "./rows.js";

export const PROJECTIONS = ["actor-network", "actor-event"] as const;
export type ProjectionKind = (typeof PROJECTIONS)[number];

export function isProjectionKind(value: string): value is ProjectionKind {
  return (PROJECTIONS as readonly string[]).includes(value);
}

export async function loadActorNetwork(source: ProjectionSource): Promise<VizGraph> {
  const [actors, links] = await Promise.all([source.actors(), source.links()]);
  return annotateGraph(buildActorNetwork(actors, links));
}

export async function loadActorEventGraph(source: ProjectionSource): Promise<VizGraph> {
  const [actors, events, participations] = await Promise.all([
    source.actors(),
    source.events(),
    source.participations(),
  ]);
  return annotateGraph(buildActorEventGraph(actors, events, participations));
}

export function loadProjection(source: ProjectionSource, kind: ProjectionKind): Promise<VizGraph> {
  return kind === "actor-network" ? loadActorNetwork(source) : loadActorEventGraph(source);
}
