/// <reference lib="dom" />
/**
 * Places on a world outline drawn from the packaged Natural Earth data (world-atlas): an SVG,
 * no tiles, no network. A circle per place sized by its events among those shown.
 */
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { FeatureCollection, MultiPoint } from "geojson";
import { feature } from "topojson-client";
import type { EventDetailRow, PlaceRow } from "../../projection/rows.js";

const SVG = "http://www.w3.org/2000/svg";

/** Degrees of margin around the places, so a single place still shows its surroundings. */
const MARGIN_DEGREES = 10;

function svgElement(tag: string, attributes: Readonly<Record<string, string | number>>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** world-atlas's TopoJSON, as topojson-client reads it. */
export type WorldTopology = Parameters<typeof feature>[0];

export function countriesOf(world: WorldTopology): FeatureCollection {
  const countries = world.objects.countries;
  if (!countries) throw new Error("explorer: the world outline has no countries");
  return feature(world, countries) as FeatureCollection;
}

interface PlacedCount {
  readonly place: PlaceRow;
  readonly count: number;
}

function countsByPlace(places: readonly PlaceRow[], events: readonly EventDetailRow[]): PlacedCount[] {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const place of event.places) counts.set(place.id, (counts.get(place.id) ?? 0) + 1);
  return places
    .filter((place) => place.latitude !== null && place.longitude !== null && counts.has(place.id))
    .map((place) => ({ place, count: counts.get(place.id) ?? 0 }));
}

export function renderMap(
  container: HTMLElement,
  countries: FeatureCollection,
  places: readonly PlaceRow[],
  events: readonly EventDetailRow[],
): void {
  const width = container.clientWidth || 480;
  const height = container.clientHeight || 300;
  const shown = countsByPlace(places, events);
  const projection = geoNaturalEarth1();
  if (shown.length === 0) {
    projection.fitSize([width, height], countries);
  } else {
    const longitudes = shown.map(({ place }) => place.longitude ?? 0);
    const latitudes = shown.map(({ place }) => place.latitude ?? 0);
    const frame: MultiPoint = {
      type: "MultiPoint",
      coordinates: [
        [Math.min(...longitudes) - MARGIN_DEGREES, Math.min(...latitudes) - MARGIN_DEGREES],
        [Math.max(...longitudes) + MARGIN_DEGREES, Math.max(...latitudes) + MARGIN_DEGREES],
      ],
    };
    projection.fitExtent(
      [
        [10, 10],
        [width - 10, height - 10],
      ],
      frame,
    );
  }
  const path = geoPath(projection);
  const svg = svgElement("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": "Map of places",
  });
  svg.append(svgElement("rect", { width, height, class: "sea" }));
  for (const country of countries.features) {
    svg.append(svgElement("path", { d: path(country) ?? "", class: "country" }));
  }
  const maxCount = Math.max(1, ...shown.map(({ count }) => count));
  for (const { place, count } of shown) {
    const point = projection([place.longitude ?? 0, place.latitude ?? 0]);
    if (!point) continue;
    const [x, y] = point;
    const circle = svgElement("circle", {
      cx: x,
      cy: y,
      r: 4 + 10 * Math.sqrt(count / maxCount),
      class: "place",
      "data-place-id": place.id,
    });
    const title = svgElement("title", {});
    title.textContent = `${place.name}: ${count} event(s)`;
    circle.append(title);
    const label = svgElement("text", { x: x + 8, y: y + 4, class: "place-label" });
    label.textContent = place.name;
    svg.append(circle, label);
  }
  container.replaceChildren(svg);
}
