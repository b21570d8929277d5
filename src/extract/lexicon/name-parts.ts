/** Lower-case particles inside a person's name: "von der Leyen", "da Silva", "bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "bin",
  "al",
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "del",
  "la",
  "le",
  "ibn",
  "el",
  "dos",
  "du",
]);

/** Suffixes that close a person's name: "Martin Luther King Jr.". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);
