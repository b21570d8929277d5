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

/** What tells the words of an "of …" complement and where its list goes on. */
export interface ComplementWords {
  /** A word of the complement. */
  readonly isWord: (t: Token | undefined) => boolean;
  /** Whether the complement stops after this word of it. */
  readonly closesAt: (t: Token | undefined) => boolean;
  /** Whether the list goes on at token k, after a joining word or, when `afterComma`, a comma. */
  readonly continuesAt: (k: number, afterComma: boolean) => boolean;
}

/**
 * The end of the complement after "of"/"for" at token j, runs of words joined by "and", "&",
 * "of", "for" or commas ("of Trade, Industry and Tourism", "of Foreign and Diaspora Affairs"), or j.
 */
export function complementEnd(tokens: readonly Token[], j: number, words: ComplementWords): number {
  let k = j + 1;
  if (tokens[k]?.key === "the") k++;
  let end = j;
  for (;;) {
    const start = k;
    while (words.isWord(tokens[k])) {
      k++;
      if (words.closesAt(tokens[k - 1])) break;
    }
    if (k === start) return end;
    end = k;
    if (words.closesAt(tokens[k - 1])) return end;
    const joint = tokens[k];
    let next = k + 1;
    const joined = joint?.key === "and" || joint?.text === "&" || joint?.key === "of" || joint?.key === "for";
    if (joined) {
      if (tokens[next]?.key === "the") next++;
    } else if (joint?.text !== ",") return end;
    if (!words.continuesAt(next, !joined)) return end;
    k = next;
  }
}
