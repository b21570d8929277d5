/** Graphology graphs from projection rows: pure, no database. */
import { UndirectedGraph } from "graphology";
import type { VizGraph } from "../graph.js";
import type { ActorLinkRow, ActorRow, EventDetailRow, ParticipationRow } from "./rows.js";

/** Drawing defaults until the analytics set size, colour and position. */
const UNDRAWN = { x: 0, y: 0, size: 1, color: "#888888" } as const;

function actorNode(actor: ActorRow) {
  return {
    ...UNDRAWN,
    label: actor.name,
    nodeKind: "actor" as const,
    kind: actor.kind,
    countryCode: actor.countryCode,
    eventCount: actor.eventCount,
    undatedCount: actor.undatedCount,
    firstDate: actor.firstDate,
    lastDate: actor.lastDate,
  };
}

/**
 * Actors linked by the events they share: one edge per pair, weight = number of shared events,
 * with the first and last date and the event types. Links naming an actor missing from `actors`
 * are dropped (the two reads of one filter may straddle an import).
 */
export function buildActorNetwork(actors: readonly ActorRow[], links: readonly ActorLinkRow[]): VizGraph {
  const graph: VizGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.setAttribute("projection", "actor-network");
  for (const actor of actors) graph.mergeNode(actor.id, actorNode(actor));
  for (const link of links) {
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target) || link.source === link.target) continue;
    graph.mergeEdgeWithKey(`${link.source}--${link.target}`, link.source, link.target, {
      weight: link.weight,
      size: 1,
      firstDate: link.firstDate,
      lastDate: link.lastDate,
      undatedCount: link.undatedCount,
      types: [...link.types].sort(),
    });
  }
  return graph;
}

/** Node key of an event in the actor–event graph, apart from actor keys. */
export function eventNodeKey(eventId: string): string {
  return `event:${eventId}`;
}

/** Node key of an actor in the actor–event graph. */
export function actorNodeKey(actorId: string): string {
  return `actor:${actorId}`;
}

function eventLabel(event: EventDetailRow): string {
  return `${event.date ?? "undated"} ${event.type}: ${event.summary}`;
}

/** The bipartite graph: actors and events, an edge per participation carrying the roles. */
export function buildActorEventGraph(
  actors: readonly ActorRow[],
  events: readonly EventDetailRow[],
  participations: readonly ParticipationRow[],
): VizGraph {
  const graph: VizGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.setAttribute("projection", "actor-event");
  for (const actor of actors) graph.mergeNode(actorNodeKey(actor.id), { ...actorNode(actor), ref: actor.id });
  for (const event of events) {
    graph.mergeNode(eventNodeKey(event.id), {
      ...UNDRAWN,
      label: eventLabel(event),
      nodeKind: "event",
      ref: event.id,
      eventType: event.type,
      cameo: event.cameo,
      datePrecision: event.datePrecision,
      sourceCount: event.sources.length,
      firstDate: event.date,
      lastDate: event.date,
    });
  }
  for (const participation of participations) {
    const actor = actorNodeKey(participation.actor);
    const event = eventNodeKey(participation.event);
    if (!graph.hasNode(actor) || !graph.hasNode(event)) continue;
    const date = graph.getNodeAttribute(event, "firstDate");
    graph.mergeEdgeWithKey(`${actor}--${event}`, actor, event, {
      weight: 1,
      size: 1,
      firstDate: date,
      lastDate: date,
      roles: [...participation.roles].sort(),
    });
  }
  return graph;
}
