import { FEATURE_PLURALS } from "../../lexicon/landmarks.js";
import type { Token } from "../../tokens.js";
import { nameRunLength } from "../name-tokens.js";

/**
 * "the Gudrun, Gina Krog and Oseberg East fields", "the Timor and Arafura seas": whether the
 * name ending at token k is one of a list of names that a plural noun of features closes.
 */
export function featureListAt(tokens: readonly Token[], k: number): boolean {
  let n = k;
  for (;;) {
    const t = tokens[n];
    if (t?.text !== "," && t?.key !== "and" && t?.key !== "or")
      return t?.word === true && !t.cap && FEATURE_PLURALS.has(t.key);
    n += tokens[n + 1]?.key === "and" ? 2 : 1;
    const run = nameRunLength(tokens, n);
    if (run === 0) return false;
    n += run;
  }
}
