import type { SentenceScan } from "../context.js";
import { nameRunLength } from "../name-tokens.js";

/** An acronym the text gives a name in brackets: "National Security Council (NSC)". */
export const DEFINED_ACRONYM_RE = /^\p{Lu}{2,8}$/u;
// Words between "known" and "as": "known in Brazil as", "known locally as".
const MAX_KNOWN_AS_GAP = 4;

/** "(NSC)", ", known as X", "known in Brazil as X" right after token k - 1: the name and where it ends. */
export function definedNameAt(scan: SentenceScan, k: number): { name: string; end: number } | null {
  const { tokens } = scan;
  const acronym = tokens[k + 1];
  if (
    tokens[k]?.text === "(" &&
    acronym &&
    DEFINED_ACRONYM_RE.test(acronym.text) &&
    tokens[k + 2]?.text === ")"
  )
    return { name: acronym.text, end: k + 3 };
  let j = k;
  if (tokens[j]?.text === "," || tokens[j]?.text === "(") j++;
  if (tokens[j]?.key === "also") j++;
  if (tokens[j]?.key !== "known") return null;
  let as = j + 1;
  while (as <= j + MAX_KNOWN_AS_GAP && tokens[as] && tokens[as]?.key !== "as") as++;
  if (tokens[as]?.key !== "as") return null;
  let from = as + 1;
  if (tokens[from]?.key === "the") from++;
  const run = nameRunLength(tokens, from);
  if (run === 0) return null;
  const end = from + run;
  return { name: scan.textOf(from, end), end: tokens[end]?.text === ")" ? end + 1 : end };
}
