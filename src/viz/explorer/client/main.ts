/// <reference lib="dom" />
/**
 * The explorer page: the actor network, the timeline and the map, from one payload
 * (`/explore/data.json`, with the page's own query string as the filter). Selecting an actor in
 * the network filters the timeline and the map to that actor's events; selecting an event shows
 * its participants, quotes and sources.
 */
import type { ExplorerData } from "../data.js";
import { renderEventDetails } from "./details-view.js";
import { byId } from "./dom.js";
import { countriesOf, renderMap, type WorldTopology } from "./map-view.js";
import { createNetworkView, type NetworkView } from "./network-view.js";
import { visibleEvents, type ExplorerState } from "./state.js";
import { renderTimeline } from "./timeline-view.js";

declare global {
  interface Window {
    /** Lets a test (or a person in the console) find where an actor is drawn. */
    newsgraphExplorer?: { readonly network: NetworkView; readonly state: ExplorerState };
  }
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function start(): Promise<void> {
  const status = byId("status");
  const [data, world] = await Promise.all([
    fetchJson(`/explore/data.json${window.location.search}`) as Promise<ExplorerData>,
    fetchJson("/explore/world.json") as Promise<WorldTopology>,
  ]);
  const countries = countriesOf(world);
  const state: ExplorerState = { data, selectedActor: null, selectedEvent: null };
  const names = new Map(data.network.nodes.map((node) => [node.key, node.attributes?.label ?? node.key]));

  const render = (): void => {
    const events = visibleEvents(state);
    const actorName =
      state.selectedActor === null ? null : (names.get(state.selectedActor) ?? state.selectedActor);
    byId("selected-actor").textContent = actorName ?? "all actors";
    byId("clear-selection").hidden = actorName === null;
    status.textContent = `${events.length} event(s) shown of ${data.events.length}`;
    renderTimeline(byId("timeline"), events, state.selectedEvent, selectEvent);
    renderMap(byId("map"), countries, data.places, events);
    renderEventDetails(
      byId("details"),
      data.events.find((event) => event.id === state.selectedEvent) ?? null,
    );
  };
  const selectEvent = (id: string): void => {
    state.selectedEvent = id;
    render();
  };
  const selectActor = (actor: string | null): void => {
    state.selectedActor = actor;
    if (actor !== null && state.selectedEvent !== null) {
      const event = data.events.find((candidate) => candidate.id === state.selectedEvent);
      if (!event?.participants.some((participant) => participant.id === actor)) state.selectedEvent = null;
    }
    network.highlight(actor);
    render();
  };

  const network = createNetworkView(byId("network"), data.network, selectActor);
  byId("clear-selection").addEventListener("click", () => {
    selectActor(null);
  });
  window.newsgraphExplorer = { network, state };
  render();
  document.body.dataset.ready = "true";
}

start().catch((error: unknown) => {
  const status = document.getElementById("status");
  if (status)
    status.textContent = `Could not load the explorer: ${error instanceof Error ? error.message : String(error)}`;
  document.body.dataset.ready = "error";
});
