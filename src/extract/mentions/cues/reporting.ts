import { ORGANIZATION_DESCRIPTORS } from "../../lexicon/organizations.js";
import { isFiniteVerb, type SentenceScan } from "../context.js";
import { MAX_APPOSITIVE_MODIFIERS } from "./appositive.js";

/**
 * Words around the name at tokens [from, to) that make it an organisation: "state
 * broadcaster X", "the federation, X, said", "told (the) X", "in an interview with
 * (the) X", "according to (the) X". A bare single word needs the article: "told Ruto"
 * names a person.
 */
export function reportingContextBefore(
  scan: SentenceScan,
  from: number,
  to: number,
  needsArticle: boolean,
): boolean {
  const { tokens } = scan;
  let k = from - 1;
  const article = tokens[k]?.key === "the";
  if (article) k--;
  if (tokens[k]?.text === ",") {
    const w = tokens[k - 1];
    return (
      w?.word === true &&
      !w.cap &&
      ORGANIZATION_DESCRIPTORS.has(w.key) &&
      tokens[to]?.text === "," &&
      !complementBefore(scan, k - 1)
    );
  }
  const w = tokens[k];
  if (!w?.word || w.cap) return false;
  if (ORGANIZATION_DESCRIPTORS.has(w.key)) return true;
  if (needsArticle && !article) return false;
  const prev = tokens[k - 1]?.key;
  return (
    w.key === "told" ||
    (w.key === "with" && prev === "interview") ||
    (w.key === "to" && prev === "according") ||
    (w.key === "by" && prev === "interviewed")
  );
}

/**
 * Whether the noun at token n ends the complement of another noun: "the president of the
 * mosque's association, Jane Roe," or "the spokesman for the growers' union, Jane Roe," puts a
 * president or a spokesman, not the body, beside her name.
 */
function complementBefore(scan: SentenceScan, n: number): boolean {
  const { tokens, words } = scan;
  for (let k = n - 1; k >= 0 && k >= n - 1 - MAX_APPOSITIVE_MODIFIERS; k--) {
    const t = tokens[k];
    if (t?.key === "of" || t?.key === "for") return true;
    // "growers' union": the apostrophe of a plural possessive.
    if (t?.text === "'" || t?.text === "’") continue;
    if (!t?.word || t.cap || isFiniteVerb(t, words)) return false;
  }
  return false;
}
