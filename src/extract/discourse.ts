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
  "bank",
  "tribunal",
  "court",
  "commission",
  "committee",
  "union",
  "party",
  "authority",
  "service",
  "mission",
  "association",
  "federation",
  "firm",
  "bloc",
  "alliance",
  "coalition",
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

/**
 * The person "he" or "she" in an attribution stands for: the subject of its sentence, the
 * first person it names before the pronoun, else the first person the previous sentence
 * names (news writes "X, who met Y, … . “…,” he said" of X), else the last person named.
 */
export function subjectPersonBefore(d: Discourse, position: number, sentence: number): Mention | undefined {
  const people = (k: number) =>
    d.mentions.filter(
      (m) => m.sentence === k && m.kind === "person" && !m.inQuote && !m.qualifier && m.end <= position,
    );
  return people(sentence)[0] ?? people(sentence - 1)[0] ?? lastPersonBefore(d, position);
}

// "the army said": the noun names which kind of organisation is meant.
const MILITARY_NOUNS = new Set(["army", "military"]);
// Built once: "the bank" is the organisation whose name has the word "bank".
const NAMED_BY_NOUN: ReadonlyMap<string, RegExp> = new Map(
  [...ORG_NOUNS]
    .filter((noun) => !MILITARY_NOUNS.has(noun))
    .map((noun) => [noun, new RegExp(`\\b${noun}\\b`, "i")]),
);

/**
 * The organisation "the ministry", "the army" or "the group" refers to: the last one
 * named before `position`; for "the army", the last armed force when there is one.
 */
export function lastOrganizationBefore(
  d: Discourse,
  position: number,
  minStart = 0,
  noun = "",
): Mention | undefined {
  const isOrg = (m: Mention): boolean => m.kind === "organization";
  // "the bank said": the last organisation whose name has that noun, when the story named one.
  const word = noun.toLowerCase();
  const named = NAMED_BY_NOUN.get(word);
  if (named) {
    const byName = lastMentionBefore(
      d,
      position,
      (m) => isOrg(m) && named.test(d.entities.get(m.key)?.name ?? ""),
      minStart,
    );
    if (byName) return byName;
  } else if (MILITARY_NOUNS.has(word)) {
    const military = lastMentionBefore(
      d,
      position,
      (m) => isOrg(m) && d.entities.get(m.key)?.category === "military",
      minStart,
    );
    if (military) return military;
  }
  return lastMentionBefore(d, position, isOrg, minStart);
}

// "the two leaders", "both ministers", "the pair": a plural reference to people just named.
const PLURAL_REFERENCE_RE =
  /\b(?:(?:the|both|all)\s+(two|three|four)|both|the)\s+(?:\w+\s+)?(leaders|men|women|ministers|presidents|premiers|officials|diplomats|envoys|counterparts|politicians)\b|\bthe (pair|duo)\b|\bboth\s+(?:of\s+them|men|women)\b/i;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, pair: 2, duo: 2 };

/**
 * The people a plural reference in `[from, to)` ("the two leaders", "both men") stands
 * for: those of the previous event when it had several, else the last ones named,
 * distinct, in the same sentence or the one before. Empty when the text holds no
 * plural reference or it cannot be resolved.
 */
export function pluralReferents(
  d: Discourse,
  from: number,
  to: number,
  sentence: number,
  previousEventPeople: readonly string[],
): string[] {
  const text = d.tokens
    .between(from, to)
    .map((t) => t.key)
    .join(" ");
  const m = PLURAL_REFERENCE_RE.exec(text);
  if (!m) return [];
  const count = COUNTS[(m[1] ?? m[3] ?? "two").toLowerCase()] ?? 2;
  // "The two ministers": the last ones the story gave that role, however far back; else the
  // people of the event just told, or the people just named.
  const role = ROLES[m[2]?.toLowerCase().replace(/s$/, "") ?? ""];
  const holders = role
    ? lastPeople(d, from, count, (mention) =>
        [...(d.entities.get(mention.key)?.roles ?? [])].some((r) => role.test(r)),
      )
    : [];
  if (holders.length === count) return holders;
  if (previousEventPeople.length >= 2) return previousEventPeople.slice(0, count);
  const recent = lastPeople(d, from, count, (mention) => mention.sentence >= sentence - 1);
  return recent.length >= 2 ? recent : [];
}

/** The last `count` distinct people named before `before`, among the mentions `accept` lets through, in text order. */
function lastPeople(d: Discourse, before: number, count: number, accept: (m: Mention) => boolean): string[] {
  const people: string[] = [];
  for (let k = d.mentions.length - 1; k >= 0 && people.length < count; k--) {
    const mention = d.mentions[k];
    if (!mention || mention.end > before || !accept(mention)) continue;
    if (mention.kind !== "person" || mention.inQuote || mention.qualifier) continue;
    if (!people.includes(mention.key)) people.push(mention.key);
  }
  return people.reverse();
}

// "the Kenyan leader", "the prime minister", "the Israeli premier": a person known by a role.
// The roles a noun stands for, in "the two ministers" and "the Kenyan leader" alike. A
// counterpart is named by reference to a minister or leader ("her Chilean counterpart, Ana Ruiz").
const ROLES: Readonly<Record<string, RegExp>> = {
  leader: /\b(?:president|prime minister|premier|chancellor|king|emir|leader|counterpart)\b/i,
  president: /\bpresident\b/i,
  premier: /\b(?:premier|prime minister)\b/i,
  chancellor: /\bchancellor\b/i,
  minister: /\b(?:minister|counterpart)\b/i,
};
const DESCRIPTION_REACH = 3000;

/**
 * The person a definite description in `[from, to)` stands for: "the Kenyan leader" is the
 * last person named before it whose stated role fits the noun and names that nationality.
 */
export function describedPerson(d: Discourse, from: number, to: number): Mention | undefined {
  const tokens = d.tokens.between(from, to);
  for (let k = tokens.length - 1; k >= 1; k--) {
    const noun = tokens[k];
    const role = noun ? ROLES[noun.key] : undefined;
    if (!noun || !role || noun.cap) continue;
    // "the prime minister": the role noun may be two words.
    let at = k - 1;
    if (tokens[at]?.key === "prime" && noun.key === "minister") at--;
    // A capitalised word there is a nationality, unless it is the sentence's own "The".
    const nationality = tokens[at]?.cap === true && tokens[at]?.key !== "the" ? tokens[at] : undefined;
    if (nationality) at--;
    if (tokens[at]?.key !== "the") continue;
    const fits = (m: Mention): boolean => {
      const roles = [...(d.entities.get(m.key)?.roles ?? [])];
      return (
        m.kind === "person" &&
        roles.some((r) => role.test(r) && (!nationality || r.includes(nationality.text)))
      );
    };
    return lastMentionBefore(d, noun.start, fits, noun.start - DESCRIPTION_REACH);
  }
  return undefined;
}
