import { buildCities, buildCuedPlaces, type CityEntry } from "./lexicon/cities.js";
import { COUNTRIES, type CountryEntry } from "./lexicon/countries.js";
import { wordKnowledge, type WordKnowledge } from "./lexicon/names.js";
import { INSTITUTION_HEADS, KNOWN_ORGANIZATIONS, type KnownOrganization } from "./lexicon/organizations.js";
import { REGIONS, type RegionEntry } from "./lexicon/regions.js";
import { TITLES } from "./lexicon/titles.js";
import { tokenize, type Token } from "./tokens.js";

export type LexiconEntry =
  | { readonly type: "organization"; readonly org: KnownOrganization; readonly acronym: boolean }
  | { readonly type: "country"; readonly country: CountryEntry; readonly acronym: boolean }
  | { readonly type: "region"; readonly region: RegionEntry }
  | { readonly type: "city"; readonly city: CityEntry }
  | { readonly type: "demonym"; readonly country: CountryEntry }
  | { readonly type: "title"; readonly title: string }
  | {
      readonly type: "institution";
      readonly head: string;
      readonly category: (typeof INSTITUTION_HEADS)[string]["category"];
    };

/** The entries of the given types: `EntryOf<"country" | "demonym">`. */
export type EntryOf<T extends LexiconEntry["type"]> = Extract<LexiconEntry, { readonly type: T }>;

// When one phrase has several readings, the first type in this list wins.
const PRIORITY: readonly LexiconEntry["type"][] = [
  "organization",
  "country",
  "region",
  "city",
  "demonym",
  "title",
  "institution",
];

export interface LexiconMatch {
  readonly entry: LexiconEntry;
  /** Number of tokens matched. */
  readonly length: number;
}

/**
 * All the name knowledge in one phrase index, built once per process: countries,
 * nationality adjectives, regions, cities, organisations, titles and institution
 * nouns, keyed by token sequence.
 */
export interface Gazetteer {
  readonly words: WordKnowledge;
  readonly countriesByCode: ReadonlyMap<string, CountryEntry>;
  /** Longest entry starting at `tokens[i]` whose case rules the text satisfies. */
  match(tokens: readonly Token[], i: number): LexiconMatch | null;
  /** All entries for a phrase key, in priority order. */
  entries(key: string): readonly LexiconEntry[];
  /**
   * A smaller town named by the capitalised words at `tokens[i]` (longest first), for
   * places the text introduces with a cue ("to flood-hit Garissa"): never read without one.
   */
  cuedPlace(tokens: readonly Token[], i: number): LexiconMatch | null;
}

const MAX_CUED_PLACE_WORDS = 3;

const phraseKey = (text: string): string =>
  tokenize(text)
    .map((t) => t.key)
    .join(" ");

const isAcronym = (text: string): boolean => /^(?:\p{Lu}\.?){2,6}$/u.test(text);

function caseFits(entry: LexiconEntry, tokens: readonly Token[], i: number, length: number): boolean {
  const first = tokens[i];
  if (!first) return false;
  switch (entry.type) {
    case "title":
    case "institution":
      return true;
    case "organization":
    case "country":
      if (entry.acronym) {
        return tokens
          .slice(i, i + length)
          .every((t) => t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text));
      }
      return first.cap || lowerCasePrefix(tokens, i);
    default:
      return first.cap || lowerCasePrefix(tokens, i);
  }
}

// Arabic articles are written in lower case ("al Qaeda"), and so is a prefix glued to a name.
const LOWER_CASE_ARTICLES = new Set(["al", "el"]);

/** "al-Qaeda", "al Qaeda", "sub-Saharan Africa": a lower-case first word that leads to a capitalised one. */
function lowerCasePrefix(tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const next = tokens[i + 1];
  if (!first || !next) return false;
  if (LOWER_CASE_ARTICLES.has(first.key) && next.cap) return true;
  const after = tokens[i + 2];
  return next.text === "-" && next.start === first.end && after?.start === next.end && after.cap;
}

function buildGazetteer(): Gazetteer {
  const words = wordKnowledge();
  const index = new Map<string, LexiconEntry[]>();
  // Every proper prefix of a phrase, so that a lookup stops as soon as no phrase can match.
  const prefixes = new Set<string>();
  let maxLength = 1;
  const add = (text: string, entry: LexiconEntry): void => {
    const key = phraseKey(text);
    if (!key) return;
    const parts = key.split(" ");
    maxLength = Math.max(maxLength, parts.length);
    for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(" "));
    const list = index.get(key) ?? [];
    list.push(entry);
    index.set(key, list);
  };
  for (const org of KNOWN_ORGANIZATIONS) {
    for (const name of [org.name, ...org.aliases]) {
      add(name, { type: "organization", org, acronym: isAcronym(name) });
    }
  }
  const countriesByCode = new Map<string, CountryEntry>();
  for (const country of COUNTRIES) {
    countriesByCode.set(country.code, country);
    for (const name of [country.name, ...country.aliases]) {
      add(name, { type: "country", country, acronym: isAcronym(name) });
    }
    for (const demonym of country.demonyms) add(demonym, { type: "demonym", country });
  }
  for (const region of REGIONS) {
    for (const name of [region.name, ...region.aliases]) add(name, { type: "region", region });
  }
  for (const city of buildCities(words).values()) {
    // A city named like a territory or a country goes by "<name> City" ("Gaza City").
    const taken = index.get(phraseKey(city.name))?.some((e) => e.type !== "city") ?? false;
    if (taken) add(`${city.name} City`, { type: "city", city: { ...city, name: `${city.name} City` } });
    else add(city.name, { type: "city", city });
  }
  for (const title of TITLES) add(title, { type: "title", title });
  for (const [phrase, head] of Object.entries(INSTITUTION_HEADS)) {
    add(phrase, { type: "institution", head: head.head, category: head.category });
  }
  const cuedPlaces = new Map<string, CityEntry>();
  for (const city of buildCuedPlaces().values()) {
    const key = phraseKey(city.name);
    if (key && !index.has(key)) cuedPlaces.set(key, city);
  }
  for (const list of index.values()) list.sort((a, b) => PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type));

  return {
    words,
    countriesByCode,
    entries: (key) => index.get(key) ?? [],
    cuedPlace(tokens, i) {
      let key = "";
      let best: LexiconMatch | null = null;
      for (let len = 1; len <= MAX_CUED_PLACE_WORDS && i + len <= tokens.length; len++) {
        const token = tokens[i + len - 1];
        if (!token?.word || !token.cap) break;
        key = len === 1 ? token.key : `${key} ${token.key}`;
        const city = cuedPlaces.get(key);
        if (city) best = { entry: { type: "city", city }, length: len };
      }
      return best;
    },
    match(tokens, i) {
      let key = "";
      let best: LexiconMatch | null = null;
      for (let len = 1; len <= maxLength && i + len <= tokens.length; len++) {
        const token = tokens[i + len - 1];
        if (!token) break;
        key = len === 1 ? token.key : `${key} ${token.key}`;
        const list = index.get(key);
        if (!list) {
          if (!prefixes.has(key)) break;
          continue;
        }
        const entry = list.find((e) => caseFits(e, tokens, i, len));
        if (entry) best = { entry, length: len };
        if (!prefixes.has(key)) break;
      }
      return best;
    },
  };
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
