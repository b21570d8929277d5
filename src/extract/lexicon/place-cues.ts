// What introduces a place name: "to X", "in X", "the town of X".
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "in to at from near outside into towards toward across around via inside".split(" "),
);

/** Nouns of settlements and divisions: "the town of X", "X, a city of one million". */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(
  "town city village district province region port capital camp county settlement municipality hamlet exclave enclave island".split(
    " ",
  ),
);

// Words allowed between the preposition and the name: "to the flood-hit", "in northern".
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set(
  "north south east west central northern southern eastern western northeastern northwestern southeastern southwestern remote rural coastal".split(
    " ",
  ),
);
