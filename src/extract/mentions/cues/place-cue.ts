import { LOCATIVE_PREPOSITIONS, PLACE_MODIFIERS, SETTLEMENT_NOUNS } from "../../lexicon/place-cues.js";
import { nextToHyphen, type SentenceScan } from "../context.js";

const MAX_PLACE_MODIFIERS = 4;

/** How strongly the words before token i announce a place name. */
export function placeCue(scan: SentenceScan, i: number): "strong" | "weak" | null {
  const { tokens } = scan;
  if (tokens[i - 1]?.key === "of" && SETTLEMENT_NOUNS.has(tokens[i - 2]?.key ?? "")) return "strong";
  if (listedAfterPlace(scan, i)) return "weak";
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_PLACE_MODIFIERS; k--) {
    const t = tokens[k];
    if (!t || t.cap) return null;
    if (LOCATIVE_PREPOSITIONS.has(t.key)) return "weak";
    if (!nextToHyphen(tokens, k) && !PLACE_MODIFIERS.has(t.key)) return null;
  }
  return null;
}

/** "in Mulhouse, Colmar and Épinal": whether the name at token i continues a list that a place opens. */
function listedAfterPlace(scan: SentenceScan, i: number): boolean {
  const { tokens } = scan;
  let k = i - 1;
  if (tokens[k]?.key === "and" || tokens[k]?.key === "or") k -= tokens[k - 1]?.text === "," ? 1 : 0;
  else if (tokens[k]?.text !== ",") return false;
  const kind = scan.mentionEndingAt(k)?.candidate.kind;
  return kind === "place" || kind === "country";
}
