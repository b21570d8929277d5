import { INTRODUCES_QUOTE_RE } from "../lexicon/speech-verbs.js";
import type { AttributionStrategy } from "./strategy.js";
import { attributionEndingOnVerb } from "./verb-before.js";

/** A quotation set off without marks takes its speaker from the paragraph that ends on "X said:". */
export const introducingParagraph: AttributionStrategy = ({ input, span }) => {
  if (span.start !== span.innerStart) return null;
  const introducer = input.sentences.findLast(
    (s) => s.kind === "body" && s.end <= span.start && INTRODUCES_QUOTE_RE.test(s.text),
  );
  return introducer
    ? attributionEndingOnVerb(input, introducer.start, introducer.end, introducer.start)
    : null;
};
