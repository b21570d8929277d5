import { execAll } from "./regex.js";

/** A word or punctuation token with offsets into the article text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower-cased, accent-free, apostrophes unified: the dictionary key of the token. */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Was followed by a possessive ’s, which is not part of the token. */
  readonly possessive: boolean;
  readonly word: boolean;
}

// Dotted acronyms (U.S., D.C.), words with inner apostrophes, dots or ampersands
// (don’t, essanews.com, AT&T), then any other single non-space character.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*|\S/gu;
const POSSESSIVE_RE = /['’]s$/i;
const PRINTABLE_ASCII_RE = /^[\x20-\x7e]*$/;
const WORD_START_RE = /[\p{L}\p{N}]/u;
const LETTER_RE = /\p{L}/u;

export function tokenKey(text: string): string {
  // Most tokens are plain ASCII without dots: skip the costly Unicode normalisation for them.
  if (PRINTABLE_ASCII_RE.test(text)) {
    const lower = text.toLowerCase();
    return lower.includes(".") ? lower.replace(/\./g, "") : lower;
  }
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\./g, "");
}

function makeToken(text: string, start: number, possessive: boolean): Token {
  const first = text.charAt(0);
  return {
    text,
    start,
    end: start + text.length,
    key: tokenKey(text),
    cap: first !== first.toLowerCase(),
    possessive,
    word: WORD_START_RE.test(first),
  };
}

/** Tokenises `text[start, end)`; offsets stay those of `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of execAll(TOKEN_RE, slice)) {
    const raw = match[0];
    const at = start + match.index;
    if (raw.length > 2 && POSSESSIVE_RE.test(raw) && LETTER_RE.test(raw.charAt(raw.length - 3))) {
      tokens.push(makeToken(raw.slice(0, -2), at, true));
    } else {
      tokens.push(makeToken(raw, at, false));
    }
  }
  return tokens;
}

/**
 * Splits a token that real-world text glued together, when one part is a name the
 * article already knows: "dNetanyahu" → "Netanyahu", "NewsBiden" → "Biden",
 * "Netanyahuadmitted" → "Netanyahu". Returns the name part, or null.
 */
export function unglueName(token: Token, isKnownName: (key: string) => boolean): Token | null {
  const text = token.text;
  // A lower-case stray prefix or a capitalised word glued before the name.
  const prefixed = /^(\p{Ll}{1,3}|\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})$/u.exec(text);
  if (prefixed?.[1] !== undefined && prefixed[2] !== undefined) {
    const name = prefixed[2];
    if (isKnownName(tokenKey(name)) && !/^(mc|mac|de|di|du|da|la|le|van|von|o)$/i.test(prefixed[1])) {
      return makeToken(name, token.start + prefixed[1].length, token.possessive);
    }
  }
  // A name with the next word glued after it.
  if (token.cap && text.length >= 7) {
    for (let cut = text.length - 2; cut >= 4; cut--) {
      const head = text.slice(0, cut);
      const tail = text.slice(cut);
      if (/^\p{Ll}+$/u.test(tail) && isKnownName(tokenKey(head))) {
        return makeToken(head, token.start, false);
      }
    }
  }
  return null;
}
