/**
 * Folds a name for comparison: accents removed, typographic apostrophes unified,
 * lower case, dots dropped, a leading "the" and a trailing possessive removed.
 * "the U.S.’s" and "US" fold to the same key.
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/[.\u00b7]/g, "")
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Removes accents only ("Rafaḩ" → "Rafah"), keeping case. */
export function stripAccents(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}
