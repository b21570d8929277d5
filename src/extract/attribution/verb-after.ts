import { actorMentionsIn, describedPerson, isOrganizationNoun, isPersonPronoun } from "../discourse.js";
import { isSpeechVerb } from "../lexicon/speech-verbs.js";
import type { Token } from "../tokens.js";
import { attributionTokens, pickSpeaker, resolveReference, STATEMENT_NOUNS } from "./clause.js";
import type { AttributionStrategy } from "./strategy.js";

/** `"…," said X` and `"…," X said`: the speech verb follows the quote. */
export const speechVerbAfter: AttributionStrategy = ({ input, span, sentence, after }) => {
  const from = span.end;
  const to = after;
  const tokens = attributionTokens(input, from, to);
  // Room for an appositive: `"…," Britain's minister for Africa, Helen Ashworth, said`.
  const verbAt = tokens.slice(0, 14).findIndex((t) => isSpeechVerb(t));
  if (verbAt < 0) return null;
  const verb = tokens[verbAt];
  if (!verb) return null;
  // Before the verb: "X said"; after it: "said the spokesperson of the EU, Peter Stano".
  const beforeVerb = actorMentionsIn(input, from, verb.start);
  const clauseEnd = Math.min(to, (tokens.find((t, k) => k > verbAt + 1 && t.text === ",")?.start ?? to) + 80);
  const afterVerb = actorMentionsIn(input, verb.end, clauseEnd);
  const referenceIn = (window: readonly Token[]) => {
    const pron = window.find(
      (t) => isPersonPronoun(t.key) || isOrganizationNoun(t.key) || STATEMENT_NOUNS.has(t.key),
    );
    return pron ? resolveReference(input, pron, from, sentence.start) : null;
  };
  const speaker =
    pickSpeaker(beforeVerb, true)?.key ??
    describedPerson(input, from, verb.start)?.key ??
    referenceIn(tokens.slice(0, verbAt)) ??
    pickSpeaker(afterVerb, false)?.key ??
    referenceIn(tokens.slice(verbAt + 1, verbAt + 4));
  return { speaker: speaker ?? null, start: from, end: to };
};
