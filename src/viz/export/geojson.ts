/**
 * GeoJSON (RFC 7946) FeatureCollection: a Point per place with coordinates, with its event count
 * and date range. Places the graph has no coordinates for cannot be points and are left out.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import type { PlaceRow } from "../projection/rows.js";

/** A place's row without its coordinates, which GeoJSON carries as the geometry. */
export type PlaceProperties = Omit<PlaceRow, "latitude" | "longitude">;

function propertiesOf({
  latitude: _latitude,
  longitude: _longitude,
  ...properties
}: PlaceRow): PlaceProperties {
  return properties;
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
      properties: propertiesOf(place),
    });
  }
  return { type: "FeatureCollection", features };
}

export function writePlacesGeoJson(places: readonly PlaceRow[]): string {
  return JSON.stringify(buildPlacesGeoJson(places));
}
