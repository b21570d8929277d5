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
]);
