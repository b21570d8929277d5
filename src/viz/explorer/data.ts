/**
 * What the explorer page loads: the annotated actor network (graphology serialisation, laid
 * out), the events with their participants, quotes and sources, and the places. One JSON payload
 * from the projection, so the page works against the graph as it is, whatever the GraphQL schema.
 */
import type { SerializedGraph } from "graphology-types";
import type { VizEdgeAttributes, VizGraphAttributes, VizNodeAttributes } from "../graph.js";
import { loadActorNetwork } from "../projection/load.js";
import type { EventDetailRow, PlaceRow, ProjectionSource } from "../projection/rows.js";

export interface ExplorerData {
  readonly network: SerializedGraph<VizNodeAttributes, VizEdgeAttributes, VizGraphAttributes>;
  readonly events: readonly EventDetailRow[];
  readonly places: readonly PlaceRow[];
}

export async function loadExplorerData(source: ProjectionSource): Promise<ExplorerData> {
  const [network, events, places] = await Promise.all([
    loadActorNetwork(source),
    source.events(),
    source.places(),
  ]);
  return { network: network.export(), events, places };
}
