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
 * Nouns of administrative divisions after a name ("Ethiopia's Afar region", "the
 * Cauca department", "Kilifi County"): the name is a region the gazetteer may lack.
 */
export const ADMIN_DIVISION_NOUNS: ReadonlySet<string> = new Set(
  "region province department county district governorate prefecture oblast state".split(" "),
);
