/** Verbs that report speech: "X said", "said X", "X told reporters", "X stated that". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    "said says say saying told tells tell stated states added adds noted notes declared declares announced announces " +
    "explained explains emphasized emphasised emphasizes emphasises stressed stresses insisted insists argued argues " +
    "wrote writes asked asks responded responds replied replies remarked remarks warned warns cautioned cautions " +
    "urged urges continued continues commented comments claimed claims acknowledged acknowledges admitted admits " +
    "confirmed confirms indicated indicates revealed reveals shared tweeted posted recalled observed underlined " +
    "underscored asserted asserts affirmed maintained maintains reiterated reiterates conceded suggested suggests " +
    "predicted vowed pledged disclosed discloses mentioned told explained highlighted complained countered " +
    "assured promised lamented boasted"
  ).split(" "),
);

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
