import type { PlaceKind } from "../../domain/types.js";

/**
 * Head nouns of named buildings and sites ("Elysee Palace", "Tahrir Square",
 * "Jomo Kenyatta Airport"). What ends with one is a place where something
 * happens, never an actor. General vocabulary, not tied to any article.
 */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set([
  "palace",
  "castle",
  "cathedral",
  "mosque",
  "church",
  "temple",
  "basilica",
  "stadium",
  "square",
  "tower",
  "bridge",
  "airport",
  "hotel",
  "dam",
  "mausoleum",
  "house",
  "prison",
  "jail",
]);

/**
 * Head nouns of natural features ("Scarborough Shoal", "Malacca Strait"): a
 * name ending with one is a place, never a person.
 */
export const GEOGRAPHIC_HEADS: ReadonlySet<string> = new Set(
  (
    "shoal reef reefs strait straits island islands isle isles atoll archipelago sea ocean bay gulf river lake " +
    "mountain mountains hills highlands valley desert peninsula coast canal channel delta basin plateau cape"
  ).split(" "),
);

/**
 * Plural nouns closing a list of names of features: "the Gudrun, Gina Krog and Oseberg East
 * fields", "the Timor and Arafura seas". The names are places, whatever else they may name.
 */
export const FEATURE_PLURALS: ReadonlySet<string> = new Set(
  [...GEOGRAPHIC_HEADS, "field", "oilfield", "gasfield"].map((head) =>
    head.endsWith("s") ? head : `${head}s`,
  ),
);

/**
 * Nouns of administrative divisions after a name ("Ethiopia's Afar region", "the
 * Cauca department", "Kilifi County"): the name is a region the gazetteer may lack.
 */
export const ADMIN_DIVISION_NOUNS: ReadonlySet<string> = new Set(
  "region province department county district governorate prefecture oblast state".split(" "),
);

/**
 * Lower-case nouns after a name that make it a place the gazetteer may lack, with the kind
 * of place: "the Afar region", "Evin prison", "Heathrow airport", "the Kakuma refugee camp".
 */
export const PLACE_DESIGNATIONS: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>([
  ...[...ADMIN_DIVISION_NOUNS].map((noun): [string, PlaceKind] => [noun, "region"]),
  ["prison", "landmark"],
  ["jail", "landmark"],
  ["airport", "landmark"],
  ["camp", "city"],
]);

/** Words between a camp's name and "camp": "the Kakuma refugee camp". */
export const CAMP_MODIFIERS: ReadonlySet<string> = new Set([
  "refugee",
  "refugees",
  "displacement",
  "idp",
  "transit",
]);
