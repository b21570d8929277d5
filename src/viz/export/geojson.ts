/**
 * GeoJSON (RFC 7946) FeatureCollection: a Point per place with coordinates, with its event count
 * and date range. Places the graph has no coordinates for cannot be points and are left out.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import type { PlaceRow } from "../projection/rows.js";

export interface PlaceProperties {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly countryCode: string | null;
  readonly eventCount: number;
  readonly undatedCount: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export function buildPlacesGeoJson(places: readonly PlaceRow[]): FeatureCollection<Point, PlaceProperties> {
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const place of places) {
    if (place.latitude === null || place.longitude === null) continue;
    features.push({
      type: "Feature",
      id: place.id,
      // RFC 7946: longitude first
      geometry: { type: "Point", coordinates: [place.longitude, place.latitude] },
      properties: {
        id: place.id,
        name: place.name,
        kind: place.kind,
        countryCode: place.countryCode,
        eventCount: place.eventCount,
        undatedCount: place.undatedCount,
        firstDate: place.firstDate,
        lastDate: place.lastDate,
      },
    });
  }
  return { type: "FeatureCollection", features };
}

export function writePlacesGeoJson(places: readonly PlaceRow[]): string {
  return JSON.stringify(buildPlacesGeoJson(places));
}
