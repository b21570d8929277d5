import { GEOGRAPHIC_HEADS, LANDMARK_HEADS } from "../../lexicon/landmarks.js";
import type { Recogniser, SentenceScan } from "../context.js";

/** A region or a city the gazetteer knows, unless a building or a feature is named after it. */
export const knownPlace: Recogniser = (scan, i) => {
  const known = scan.knownAt(i);
  if (!known || (known.entry.type !== "region" && known.entry.type !== "city")) return null;
  const end = i + known.length;
  if (namedAfterPlace(scan, i, end)) return end + 1;
  scan.emit(i, end, { kind: "place", entry: known.entry });
  return end;
};

/**
 * "the Shangri-La Hotel", "Scarborough Shoal", "Elysee Palace": a building or a natural
 * feature named after the place or the body at tokens [i, end); emits it as a place.
 */
export function namedAfterPlace(scan: SentenceScan, i: number, end: number): boolean {
  const head = scan.tokens[end];
  if (!head?.cap) return false;
  if (LANDMARK_HEADS.has(head.key)) scan.emit(i, end + 1, { kind: "place", placeKind: "landmark" });
  else if (GEOGRAPHIC_HEADS.has(head.key)) scan.emit(i, end + 1, { kind: "place", placeKind: "region" });
  else return false;
  return true;
}
