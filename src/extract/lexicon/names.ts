import nlp from "compromise";
import { ORGANIZATION_HEAD_WORDS } from "./organizations.js";

/**
 * Word knowledge borrowed from compromise's lexicon: which words are given names,
 * family names, or ordinary English words, and which words end organisation names.
 */
interface CompromiseModel {
  readonly one: { readonly lexicon: Readonly<Record<string, string | readonly string[]>> };
  readonly two: { readonly orgWords: Readonly<Record<string, boolean>> };
}

function isCompromiseModel(value: unknown): value is CompromiseModel {
  if (typeof value !== "object" || value === null) return false;
  const model = value as { one?: { lexicon?: unknown }; two?: { orgWords?: unknown } };
  return typeof model.one?.lexicon === "object" && typeof model.two?.orgWords === "object";
}

export interface WordKnowledge {
  isGivenName(key: string): boolean;
  isFamilyName(key: string): boolean;
  /** A common English word (verb, adjective, noun, adverb…) rather than a name. */
  isCommonWord(key: string): boolean;
  isOrganizationWord(key: string): boolean;
  /** A plural noun ("leaders", "officials"). */
  isPluralNoun(key: string): boolean;
  /** A finite verb or a modal ("fired", "says", "were", "would"). */
  isVerbForm(key: string): boolean;
  isAdverb(key: string): boolean;
  /** An adjective of nationality or origin ("European", "Texan"), never a person's name. */
  isDemonym(key: string): boolean;
}

const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
const VERB_TAGS = new Set(["PastTense", "PresentTense", "Copula", "Modal", "Verb"]);
const NOT_COMMON = new Set([
  "MaleName",
  "FemaleName",
  "FirstName",
  "LastName",
  "Person",
  "City",
  "Country",
  "Place",
  "Region",
  "ProperNoun",
  "Organization",
  "SportsTeam",
  "Demonym",
]);

function buildWordKnowledge(): WordKnowledge {
  const model = nlp.model();
  if (!isCompromiseModel(model)) throw new Error("compromise: unexpected model shape");
  const given = new Set<string>();
  const family = new Set<string>();
  const common = new Set<string>();
  const plural = new Set<string>();
  const verbs = new Set<string>();
  const adverbs = new Set<string>();
  const demonyms = new Set<string>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) {
    const tags = typeof tag === "string" ? [tag] : tag;
    if (tags.some((t) => NAME_TAGS.has(t))) given.add(word);
    else if (tags.includes("LastName")) family.add(word);
    else if (!tags.some((t) => NOT_COMMON.has(t))) common.add(word);
    if (tags.includes("Plural")) plural.add(word);
    if (tags.some((t) => VERB_TAGS.has(t))) verbs.add(word);
    if (tags.includes("Adverb")) adverbs.add(word);
    if (tags.includes("Demonym")) demonyms.add(word);
  }
  const orgWords = new Set([...Object.keys(model.two.orgWords), ...ORGANIZATION_HEAD_WORDS]);
  return {
    isGivenName: (key) => given.has(key),
    isFamilyName: (key) => family.has(key),
    isCommonWord: (key) => common.has(key),
    isOrganizationWord: (key) => orgWords.has(key),
    isPluralNoun: (key) => plural.has(key),
    isVerbForm: (key) => verbs.has(key),
    isAdverb: (key) => adverbs.has(key),
    isDemonym: (key) => demonyms.has(key),
  };
}

let cached: WordKnowledge | null = null;

/** Built once per process: the lexicon scan is the costly part. */
export function wordKnowledge(): WordKnowledge {
  cached ??= buildWordKnowledge();
  return cached;
}

/** Familiar forms of given names, so "Joe Biden" and "Joseph Biden" are one person. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  joe: "joseph",
  bill: "william",
  will: "william",
  tony: "antony",
  anthony: "antony",
  bob: "robert",
  rob: "robert",
  jim: "james",
  jimmy: "james",
  mike: "michael",
  bibi: "benjamin",
  binyamin: "benjamin",
  dick: "richard",
  rick: "richard",
  tom: "thomas",
  dave: "david",
  dan: "daniel",
  ben: "benjamin",
  alex: "alexander",
  liz: "elizabeth",
  kate: "katherine",
  chris: "christopher",
  nick: "nicholas",
  steve: "stephen",
  ted: "edward",
  ed: "edward",
  vlad: "vladimir",
};
