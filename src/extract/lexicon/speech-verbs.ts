/**
 * The speech lexicon: every word list that tells speech, and the patterns built from them, so a
 * speech verb is added in one place. Each narrower list is a part of SPEECH_VERBS.
 */

/** Verbs that report speech: "X said", "said X", "X told reporters", "X stated that". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    "said says say saying told tells tell stated states added adds noted notes declared declares announced announces " +
    "explained explains emphasized emphasised emphasizes emphasises stressed stresses insisted insists argued argues " +
    "wrote writes asked asks responded responds replied replies remarked remarks warned warns cautioned cautions " +
    "urged urges continued continues commented comments claimed claims acknowledged acknowledges admitted admits " +
    "confirmed confirms indicated indicates revealed reveals shared tweeted posted recalled observed underlined " +
    "underscored asserted asserts affirmed maintained maintains reiterated reiterates conceded suggested suggests " +
    "predicted vowed pledged disclosed discloses mentioned highlighted complained countered " +
    "assured promised lamented boasted"
  ).split(" "),
);

/** Speech verbs that make what they name public: "announced sanctions" is the sanctions. */
export const ANNOUNCING_VERBS: ReadonlySet<string> = new Set([
  "announced",
  "announces",
  "declared",
  "declares",
  "confirmed",
  "confirms",
  "revealed",
  "reveals",
  "disclosed",
]);

/** Speech verbs that say who issued a document: "the ministry said in a statement". */
export const ISSUING_VERBS: readonly string[] = ["said", "says", "stated", "announced", "added"];

/** Speech verbs real text glues to the name before them: "Hovsanstated", "Ndlovusaid". */
export const GLUED_VERBS: readonly string[] = [
  "said",
  "stated",
  "told",
  "added",
  "declared",
  "noted",
  "explained",
  "stressed",
];

/** Speech verbs that hand over to a quotation with a colon: "Whitford said:". */
export const INTRODUCING_VERBS: readonly string[] = ["said", "says", "added", "wrote", "stated", "declared"];

/** Speech verbs whose hearer comes between them and the colon: "told reporters:". */
export const ADDRESSING_VERBS: readonly string[] = ["told"];

/** Nouns that name a speech event: "in a statement", "at a press briefing", "in an interview". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  "statement",
  "briefing",
  "interview",
  "press conference",
  "news conference",
  "speech",
  "remarks",
  "address",
  "post",
]);

/** A token that reports speech: lower case, so "United States" never reads as "states". */
export function isSpeechVerb(token: { readonly key: string; readonly cap: boolean } | undefined): boolean {
  return token !== undefined && !token.cap && SPEECH_VERBS.has(token.key);
}

const anyOf = (words: readonly string[]): string => words.join("|");

// The documents a statement is issued in, as the text spells them: "communiqué" keeps its accent.
const ISSUED_DOCUMENT = "(?:statement|communiqu[ée]|readout|release)";

/** After an issuer: "X said in a statement", "X said on Monday in its readout". */
export const ISSUED_AFTER_RE = new RegExp(
  `^\\s*(?:[\\w'’-]+\\s+){0,2}?(?:${anyOf(ISSUING_VERBS)})\\s+(?:[\\w'’-]+\\s+){0,3}?in (?:a|an|its|their|his|her) (?:[\\w-]+ )?${ISSUED_DOCUMENT}\\b`,
  "i",
);

/** Before an issuer: "in a statement on Monday, X said", "a statement from X". */
export const ISSUED_BEFORE_RE = new RegExp(
  `\\b${ISSUED_DOCUMENT}(?: (?:on|late on|issued on) \\w+)?,?\\s+(?:the\\s+|(?:by|from|of)\\s+(?:the\\s+)?)?$`,
  "i",
);

/** A name glued to its speech verb, the name and the verb captured apart. */
export const GLUED_VERB_RE = new RegExp(`^(\\p{Lu}\\p{Ll}{2,}?)(${anyOf(GLUED_VERBS)})$`, "u");

/** A paragraph that hands over to a quotation: "Speaking at the press conference, Whitford said:". */
export const INTRODUCES_QUOTE_RE = new RegExp(
  `\\b(?:${anyOf(INTRODUCING_VERBS)}|(?:${anyOf(ADDRESSING_VERBS)}) [\\p{L}\\s]{1,30}?)\\s*:\\s*$`,
  "iu",
);
