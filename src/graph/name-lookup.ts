/**
 * Finds the actor or place an analyst means by what they type, the way the extractor joins the
 * names an article uses: by id, by name or alias (case, accents and dots aside: "joe biden",
 * "us"), then by short form (a person's family name, given name or any part of it, an
 * organisation's initials or last word). The first of those rules that matches anything decides:
 * one match is the answer, several are ambiguous (the caller lists them), none is unknown
 * (the caller suggests the nearest names, ranked by the full-text index).
 */
import type { Driver } from "neo4j-driver";
import { foldName, givenNameKey } from "../extract/index.js";
import { SEARCH_INDEX } from "./schema.js";

export type NamedKind = "actor" | "place";

export interface NamedEntity {
  readonly id: string;
  readonly name: string;
  /** person, organization, country, group; city, region, territory… */
  readonly kind: string;
  readonly aliases: readonly string[];
  readonly countryCode: string | null;
}

export type NameMatch =
  | { readonly status: "found"; readonly entity: NamedEntity }
  | { readonly status: "ambiguous"; readonly candidates: readonly NamedEntity[] }
  | { readonly status: "unknown"; readonly suggestions: readonly NamedEntity[] };

/** Words an organisation's initials skip: "Ministry of Foreign Affairs" is MFA. */
const JOINING_WORDS = new Set(["of", "the", "and", "for", "on", "in", "to", "&"]);

function words(name: string): string[] {
  return foldName(name)
    .split(/[\s-]+/)
    .filter((word) => word !== "");
}

function initials(name: string): string {
  return words(name)
    .filter((word) => !JOINING_WORDS.has(word))
    .map((word) => word.charAt(0))
    .join("");
}

/** "NSC", "U.N.": typed in capitals, as the extractor reads an acronym. */
function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && /\p{L}/u.test(letters);
}

/** A person's family and given name as the extractor keys them ("Joe" and "Joseph" agree). */
function personKeys(name: string): { family: string; given: string } | null {
  const parts = words(name);
  if (parts.length < 2) return null;
  return { family: parts[parts.length - 1] ?? "", given: givenNameKey(parts[0] ?? "") };
}

/** The rules in the order they are tried; each says whether an entity answers the text. */
function lookupRules(text: string): readonly ((entity: NamedEntity) => boolean)[] {
  const folded = foldName(text);
  const typed = words(text);
  const single = typed.length === 1 ? (typed[0] ?? "") : null;
  const person = personKeys(text);
  const isPerson = (entity: NamedEntity) => entity.kind === "person";
  return [
    (entity) => entity.id === text,
    (entity) => foldName(entity.name) === folded,
    (entity) => entity.aliases.some((alias) => foldName(alias) === folded),
    // "Joe Biden" for "Joseph Biden", "joe biden" for "Joseph R. Biden".
    (entity) => {
      if (!person || !isPerson(entity)) return false;
      const keys = personKeys(entity.name);
      return keys !== null && keys.family === person.family && keys.given === person.given;
    },
    (entity) => single !== null && isPerson(entity) && words(entity.name).at(-1) === single,
    (entity) =>
      single !== null &&
      isPerson(entity) &&
      givenNameKey(words(entity.name)[0] ?? "") === givenNameKey(single),
    (entity) => single !== null && isPerson(entity) && words(entity.name).includes(single),
    // "NSC" for the National Security Council: initials count when typed as an acronym.
    (entity) => single !== null && !isPerson(entity) && isAcronym(text) && initials(entity.name) === single,
    // "the Commission" for the European Commission.
    (entity) =>
      single !== null &&
      !isPerson(entity) &&
      words(entity.name).length > 1 &&
      words(entity.name).at(-1) === single,
  ];
}

/**
 * Picks the entity the text names among the candidates (pure: the candidates come from the
 * database). Unknown carries no suggestions: the caller ranks them with the full-text index.
 */
export function matchName(text: string, candidates: readonly NamedEntity[]): NameMatch {
  for (const rule of lookupRules(text.trim())) {
    const matches = candidates.filter(rule);
    const [first] = matches;
    if (first && matches.length === 1) return { status: "found", entity: first };
    if (matches.length > 1) {
      const byName = [...matches].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
      return { status: "ambiguous", candidates: byName };
    }
  }
  return { status: "unknown", suggestions: [] };
}

/** Letters and digits only: what the typed name contributes to a Lucene query, never its syntax. */
function luceneTerms(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((term) => term.toLowerCase());
}

// Labels cannot be parameters: the statement for each kind is fixed here.
const LABELS: Readonly<Record<NamedKind, string>> = { actor: "Actor", place: "Place" };

function candidateStatement(kind: NamedKind): string {
  const label = LABELS[kind];
  return `
CALL () {
  CALL db.index.fulltext.queryNodes($index, $terms, {limit: 100}) YIELD node
  WHERE $terms <> '' AND node:${label}
  RETURN node
  UNION
  MATCH (node:${label}) WHERE node.id = $text OR node.name = $text
  RETURN node
  UNION
  // Initials ("NSC") and last words ("the Commission") of organisations: words the index cannot rank.
  MATCH (node:${label}) WHERE $single IS NOT NULL AND node.kind <> 'person'
    AND (toLower(node.name) ENDS WITH ' ' + $single
      OR ($acronym IS NOT NULL AND reduce(letters = '', word IN split(toLower(node.name), ' ') |
            letters + CASE WHEN word IN $joiningWords THEN '' ELSE left(word, 1) END) = $acronym))
  RETURN node
}
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases,
       node.countryCode AS countryCode`;
}

function suggestionStatement(kind: NamedKind): string {
  return `
CALL db.index.fulltext.queryNodes($index, $fuzzy, {limit: 20}) YIELD node, score
WHERE node:${LABELS[kind]}
RETURN node.id AS id, node.name AS name, node.kind AS kind, coalesce(node.aliases, []) AS aliases,
       node.countryCode AS countryCode
ORDER BY score DESC, node.name
LIMIT toInteger($limit)`;
}

interface EntityRecord {
  get(key: "id" | "name" | "kind" | "countryCode" | "aliases"): unknown;
}

function toEntity(record: EntityRecord): NamedEntity {
  const aliases = record.get("aliases");
  const countryCode = record.get("countryCode");
  return {
    id: String(record.get("id")),
    name: String(record.get("name")),
    kind: String(record.get("kind")),
    aliases: Array.isArray(aliases) ? aliases.map(String) : [],
    countryCode: typeof countryCode === "string" ? countryCode : null,
  };
}

/** Looks the text up among the stored actors or places; unknown names come with suggestions. */
export async function lookupName(
  driver: Driver,
  database: string | undefined,
  kind: NamedKind,
  text: string,
  suggestionLimit = 5,
): Promise<NameMatch> {
  const trimmed = text.trim();
  const terms = luceneTerms(trimmed);
  const typed = words(trimmed);
  const single = typed.length === 1 ? (typed[0] ?? null) : null;
  const { records } = await driver.executeQuery(
    candidateStatement(kind),
    {
      index: SEARCH_INDEX,
      terms: terms.join(" "),
      text: trimmed,
      single,
      acronym: single !== null && isAcronym(trimmed) ? single : null,
      joiningWords: [...JOINING_WORDS, ""],
    },
    { database, routing: "READ" },
  );
  const match = matchName(trimmed, records.map(toEntity));
  if (match.status !== "unknown" || terms.length === 0) return match;
  const fuzzy = terms.map((term) => `${term}~`).join(" ");
  const suggestions = await driver.executeQuery(
    suggestionStatement(kind),
    { index: SEARCH_INDEX, fuzzy, limit: suggestionLimit },
    { database, routing: "READ" },
  );
  const unique = new Map(suggestions.records.map((record) => [String(record.get("id")), toEntity(record)]));
  return { status: "unknown", suggestions: [...unique.values()] };
}

/** "Joe Biden (person)", "Paris (city, FR)": how a candidate is told apart in a message. */
export function describeEntity(entity: NamedEntity): string {
  const detail = [entity.kind, entity.countryCode].filter((part) => part !== null && part !== "");
  return `${entity.name} (${detail.join(", ")}; id ${entity.id})`;
}

/** The sentence an analyst reads when the name does not pick one entity. */
export function explainNameMatch(kind: NamedKind, text: string, match: NameMatch): string | null {
  if (match.status === "found") return null;
  if (match.status === "ambiguous") {
    return `The ${kind} "${text}" is ambiguous: it could be ${match.candidates.map(describeEntity).join("; ")}. Give the full name or the id.`;
  }
  const hint =
    match.suggestions.length > 0
      ? ` Nearest names (did you mean one?): ${match.suggestions.map((entity) => `"${entity.name}"`).join(", ")}.`
      : "";
  return `No ${kind} is called "${text}".${hint}`;
}
