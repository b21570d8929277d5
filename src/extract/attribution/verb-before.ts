import { actorMentionsIn, describedPerson, isOrganizationNoun, isPersonPronoun } from "../discourse.js";
import { isSpeechVerb } from "../lexicon/speech-verbs.js";
import { attributionTokens, pickSpeaker, resolveReference } from "./clause.js";
import type { Attribution, AttributionStrategy, QuoteInput } from "./strategy.js";

/** The attribution in `[from, to)` that ends on its speech verb and what follows it: "X stated on Tuesday that". */
export function attributionEndingOnVerb(
  input: QuoteInput,
  from: number,
  to: number,
  sentenceStart: number,
): Attribution | null {
  const tokens = attributionTokens(input, from, to);
  let verbAt = -1;
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 9; k--) {
    if (isSpeechVerb(tokens[k])) {
      verbAt = k;
      break;
    }
  }
  if (verbAt < 0) return null;
  const verb = tokens[verbAt];
  if (!verb) return null;
  const subject =
    pickSpeaker(actorMentionsIn(input, from, verb.start), true) ?? describedPerson(input, from, verb.start);
  // A pronoun between the last named actor and the verb refers back to that actor or further.
  const pronoun = tokens
    .slice(0, verbAt)
    .reverse()
    .find((t) => isPersonPronoun(t.key) || (isOrganizationNoun(t.key) && !t.cap));
  let speaker = subject?.key ?? null;
  if (pronoun && (!subject || pronoun.start > subject.end)) {
    speaker =
      pronoun.key === "who"
        ? (subject?.key ?? null)
        : resolveReference(input, pronoun, pronoun.start, sentenceStart);
  }
  return { speaker, start: from, end: to };
}

/** `X said: "…"`, `X stated on Tuesday that "…"`: the speech verb precedes the quote. */
export const speechVerbBefore: AttributionStrategy = ({ input, span, sentence, before }) =>
  attributionEndingOnVerb(input, before, span.start, sentence.start);
