/**
 * Quote attribution: the shapes of attribution, tried in order until one finds its verb. A new
 * shape is a new strategy in its own file, listed here where it ranks.
 */
import { introducingParagraph } from "./introducing-paragraph.js";
import type { Attribution, AttributionStrategy, QuoteContext } from "./strategy.js";
import { speechVerbAfter } from "./verb-after.js";
import { speechVerbBefore } from "./verb-before.js";

const STRATEGIES: readonly AttributionStrategy[] = [speechVerbAfter, speechVerbBefore, introducingParagraph];

/** The attribution of the first strategy that finds one. */
export function attribute(quote: QuoteContext): Attribution | null {
  for (const strategy of STRATEGIES) {
    const attribution = strategy(quote);
    if (attribution) return attribution;
  }
  return null;
}
