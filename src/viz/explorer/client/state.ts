/** The explorer's data and selection, shared by the views. */
import type { ExplorerData } from "../data.js";
import type { EventDetailRow } from "../../projection/rows.js";

export interface ExplorerState {
  readonly data: ExplorerData;
  /** The actor clicked in the network, whose events the timeline and map show; null for all. */
  selectedActor: string | null;
  selectedEvent: string | null;
}

export function visibleEvents(state: ExplorerState): readonly EventDetailRow[] {
  const actor = state.selectedActor;
  if (actor === null) return state.data.events;
  return state.data.events.filter((event) =>
    event.participants.some((participant) => participant.id === actor),
  );
}
