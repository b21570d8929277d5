import type { LocalEntity, Mention } from "./model.js";
import type { TokenIndex } from "./token-index.js";

/**
 * Who a pronoun or a definite description refers to: the nearest preceding
 * mention of the right kind, outside quotations and not a mere qualifier.
 */
export interface Discourse {
  readonly mentions: readonly Mention[];
  readonly entities: ReadonlyMap<string, LocalEntity>;
  readonly tokens: TokenIndex;
}

const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "hers", "who"]);
const ORG_NOUNS = new Set([
  "ministry",
  "government",
  "organization",
  "organisation",
  "group",
  "agency",
  "army",
  "military",
  "office",
  "movement",
  "militants",
  "charity",
  "company",
  "council",
  "department",
  "administration",
]);

export function isPersonPronoun(word: string): boolean {
  return PERSON_PRONOUNS.has(word.toLowerCase());
}

export function isOrganizationNoun(word: string): boolean {
  return ORG_NOUNS.has(word.toLowerCase());
}

/** Actor mentions (people, organisations, countries) inside [start, end), in text order. */
export function actorMentionsIn(d: Discourse, start: number, end: number): Mention[] {
  return d.mentions.filter((m) => m.start >= start && m.end <= end && !m.inQuote && m.kind !== "place");
}

export function lastMentionBefore(
  d: Discourse,
  position: number,
  accept: (m: Mention) => boolean,
  minStart = 0,
): Mention | undefined {
  let best: Mention | undefined;
  for (const m of d.mentions) {
    if (m.end > position || m.start < minStart || m.inQuote || m.qualifier) continue;
    if (!accept(m)) continue;
    if (!best || m.start > best.start) best = m;
  }
  return best;
}

export function lastPersonBefore(d: Discourse, position: number, minStart = 0): Mention | undefined {
  return lastMentionBefore(d, position, (m) => m.kind === "person", minStart);
}

export function lastOrganizationBefore(d: Discourse, position: number, minStart = 0): Mention | undefined {
  return lastMentionBefore(d, position, (m) => m.kind === "organization", minStart);
}
