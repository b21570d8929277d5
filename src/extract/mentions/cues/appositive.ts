import { FUNCTION_WORDS, PHRASE_END_WORDS } from "../../lexicon/function-words.js";
import { ADMIN_DIVISION_NOUNS } from "../../lexicon/landmarks.js";
import { ORGANIZATION_DESCRIPTORS } from "../../lexicon/organizations.js";
import { SETTLEMENT_NOUNS } from "../../lexicon/place-cues.js";
import { isFiniteVerb, nextToHyphen, type SentenceScan } from "../context.js";

/** What an appositive says a name is. */
export type Appositive = "person" | "organization" | "city" | "region";

// Words between an appositive's comma and its head noun: ", the Karachi-based daily".
export const MAX_APPOSITIVE_MODIFIERS = 5;

/**
 * What an appositive after the name at token `end` says it is: "X, who …" or "X, the
 * governor of …" a person; "X, the Karachi-based newspaper," an organisation; "X, a
 * city of …" a town and "X, a province in …" a region.
 */
export function appositiveAfter(scan: SentenceScan, end: number): Appositive | null {
  const { tokens } = scan;
  if (tokens[end]?.text !== ",") return null;
  const k = end + 1;
  if (tokens[k]?.key === "who") return "person";
  const first = tokens[k];
  if (!first) return null;
  // ", spokeswoman for …": the head noun right after the comma.
  const bare = appositiveHead(scan, k);
  if (bare || !(first.key === "the" || first.key === "a" || first.key === "an" || first.possessive))
    return bare;
  // ", the Karachi-based newspaper", ", the Wall Street bank", ", Pakistan's prime minister".
  for (let n = k + 1; n <= k + 1 + MAX_APPOSITIVE_MODIFIERS; n++) {
    const t = tokens[n];
    if (!t) return null;
    const found = appositiveHead(scan, n);
    if (found) return found;
    const modifier =
      nextToHyphen(tokens, n) ||
      t.possessive ||
      (t.word && !FUNCTION_WORDS.has(t.key) && !isFiniteVerb(t, scan.words));
    if (!modifier) return null;
  }
  return null;
}

/**
 * A title ("governor"), an organisation noun ("newspaper") or a settlement noun ("town")
 * heading an appositive at token k. A settlement noun must end its phrase: "a village
 * elder" is a person.
 */
function appositiveHead(scan: SentenceScan, k: number): Appositive | null {
  const { tokens } = scan;
  const t = tokens[k];
  if (scan.gazetteer.match(tokens, k)?.entry.type === "title") return "person";
  if (!t?.word || t.cap || t.possessive) return null;
  if (ORGANIZATION_DESCRIPTORS.has(t.key)) return "organization";
  const next = tokens[k + 1];
  if (SETTLEMENT_NOUNS.has(t.key) && (!next?.word || PHRASE_END_WORDS.has(next.key)))
    return ADMIN_DIVISION_NOUNS.has(t.key) ? "region" : "city";
  return null;
}
