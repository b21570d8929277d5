import { CALENDAR_NAMES } from "../lexicon/calendar-words.js";
import { NAME_PARTICLES, NAME_SUFFIXES } from "../lexicon/name-parts.js";
import type { Token } from "../tokens.js";

const ELIDED_PARTICLE_RE = /^[dl]['’]\p{Lu}/u;
const ALL_CAPS_RE = /^\p{Lu}{2,}$/u;

/** Length of a person-name run starting at i: capitalised words, initials, particles, suffixes. */
export function nameRunLength(tokens: readonly Token[], i: number): number {
  let j = i;
  let words = 0;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t) break;
    const next = tokens[j + 1];
    // "Quai d'Orsay", "Valentino d'Alessio": an elided particle glued to a name.
    const nameWord = t.cap || (words > 0 && ELIDED_PARTICLE_RE.test(t.text));
    if (t.word && nameWord && !ALL_CAPS_RE.test(t.text) && !CALENDAR_NAMES.has(t.key)) {
      // An initial: "William J. Burns".
      if (t.text.length === 1 && next?.text === "." && words > 0) {
        j += 2;
        continue;
      }
      if (words > 0 && t.possessive) {
        words++;
        j++;
        break;
      }
      words++;
      j++;
      if (t.possessive) break;
      continue;
    }
    if (t.word && NAME_PARTICLES.has(t.key) && words > 0) {
      // "von der Leyen", "da Silva": particles lead to a capitalised name.
      let k = j;
      while (tokens[k]?.word && NAME_PARTICLES.has(tokens[k]?.key ?? "")) k++;
      if (tokens[k]?.cap) {
        j = k;
        continue;
      }
    }
    const prev = tokens[j - 1];
    if (t.text === "-" && words > 0 && next?.cap && next.start === t.end && prev?.end === t.start) {
      j++;
      continue;
    }
    // "Growers’ Association", "Farmers' Union": a plural possessive inside a name.
    if (
      (t.text === "’" || t.text === "'") &&
      words > 0 &&
      prev?.end === t.start &&
      prev.key.endsWith("s") &&
      next?.word &&
      next.cap &&
      next.start > t.end
    ) {
      j++;
      continue;
    }
    break;
  }
  // Trailing suffix "Jr." belongs to the name.
  const last = tokens[j];
  if (words > 0 && last && NAME_SUFFIXES.has(last.key)) j += tokens[j + 1]?.text === "." ? 2 : 1;
  return words === 0 ? 0 : j - i;
}

/** The words of a name run that name the person: no initials, suffixes or hyphens. */
export function nameTokensOf(tokens: readonly Token[]): string[] {
  return tokens
    .filter(
      (t) =>
        t.word &&
        (t.cap || ELIDED_PARTICLE_RE.test(t.text)) &&
        !(t.text.length === 1) &&
        !NAME_SUFFIXES.has(t.key),
    )
    .map((t) => t.text);
}
