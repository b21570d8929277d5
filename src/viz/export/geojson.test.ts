import { check, HintError } from "@placemarkio/check-geojson";
import { describe, expect, it } from "vitest";
import { FIXTURE_PLACES } from "../testing/rows-fixture.js";
import { writePlacesGeoJson } from "./geojson.js";

describe("writePlacesGeoJson", () => {
  it("passes a GeoJSON validator", () => {
    const checked = check(writePlacesGeoJson(FIXTURE_PLACES));
    expect(checked.type).toBe("FeatureCollection");
  });

  it("has a point per place with coordinates, longitude first, with counts and dates", () => {
    const collection = check(writePlacesGeoJson(FIXTURE_PLACES));
    if (collection.type !== "FeatureCollection") throw new Error("not a FeatureCollection");
    expect(collection.features).toHaveLength(2);
    const gaza = collection.features.find((feature) => feature.id === "p-gaza");
    expect(gaza?.geometry).toEqual({ type: "Point", coordinates: [34.47, 31.5] });
    expect(gaza?.properties).toMatchObject({
      name: "Gaza",
      eventCount: 1,
      firstDate: "2023-11-06",
      lastDate: "2023-11-06",
    });
  });

  it("is an empty collection when no place has coordinates, still valid", () => {
    const text = writePlacesGeoJson(FIXTURE_PLACES.filter((place) => place.latitude === null));
    expect(check(text)).toEqual({ type: "FeatureCollection", features: [] });
  });

  it("the validator does reject a broken point (so the checks above mean something)", () => {
    const broken = JSON.parse(writePlacesGeoJson(FIXTURE_PLACES)) as {
      features: { geometry: { coordinates: unknown } }[];
    };
    const [first] = broken.features;
    if (first) first.geometry.coordinates = [34.47];
    expect(() => check(JSON.stringify(broken))).toThrow(HintError);
  });
});
