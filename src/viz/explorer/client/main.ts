/// <reference lib="dom" />
/**
 * The explorer page: the actor network, the timeline and the map, from one payload (the
 * GraphQL API's `explorerData`, with the page's own query string as the filter). Selecting an actor in
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

const EXPLORER_DATA_QUERY = `query ExplorerData($actor: [String!], $place: [String!], $cameo: [String!], $from: String, $to: String) {
  explorerData(actor: $actor, place: $place, cameo: $cameo, from: $from, to: $to)
}`;

/** The page's query string (`?actor=…&actor=…&from=2023-11`) as the query's filter variables. */
function filterVariables(search: string): Record<string, unknown> {
  const params = new URLSearchParams(search);
  return {
    actor: params.getAll("actor"),
    place: params.getAll("place"),
    cameo: params.getAll("cameo"),
    from: params.get("from"),
    to: params.get("to"),
  };
}

/** What the page's filter shows, for the header: "Biden", "Biden, Netanyahu in Gaza", "all actors". */
function filterLabel(search: string): string {
  const params = new URLSearchParams(search);
  const actors = params.getAll("actor").join(", ");
  const places = params.getAll("place").join(", ");
  const who = actors === "" ? "all actors" : actors;
  return places === "" ? who : `${who} in ${places}`;
}

interface ExplorerDataResponse {
  readonly data?: { readonly explorerData?: string } | null;
  readonly errors?: readonly { readonly message: string }[];
}

async function fetchExplorerData(search: string): Promise<ExplorerData> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: EXPLORER_DATA_QUERY, variables: filterVariables(search) }),
  });
  const body = (await response.json()) as ExplorerDataResponse;
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join("; "));
  const payload = body.data?.explorerData;
  if (typeof payload !== "string") throw new Error(`/graphql answered ${response.status} without data`);
  return JSON.parse(payload) as ExplorerData;
}

async function start(): Promise<void> {
  const status = byId("status");
  const [data, world] = await Promise.all([
    fetchExplorerData(window.location.search),
    fetchJson("/explore/world.json") as Promise<WorldTopology>,
  ]);
  const countries = countriesOf(world);
  const state: ExplorerState = { data, selectedActor: null, selectedEvent: null };
  const names = new Map(data.network.nodes.map((node) => [node.key, node.attributes?.label ?? node.key]));

  const render = (): void => {
    const events = visibleEvents(state);
    const actorName =
      state.selectedActor === null ? null : (names.get(state.selectedActor) ?? state.selectedActor);
    byId("selected-actor").textContent = actorName ?? filterLabel(window.location.search);
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
