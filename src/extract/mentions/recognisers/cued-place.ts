import { DATE_WORDS } from "../../lexicon/calendar-words.js";
import type { Recogniser } from "../context.js";
import { placeCue } from "../cues/place-cue.js";
import { nameRunLength } from "../name-tokens.js";

/**
 * A town below the cue-less population threshold, read only after a place cue ("to flood-hit
 * Garissa"); after "the village of" even one the gazetteer does not know.
 */
export const cuedPlace: Recogniser = (scan, i) => {
  if (!scan.mayOpenName(i)) return null;
  const { tokens, gazetteer, words } = scan;
  const { lower } = scan.usage;
  // "in March": a month, even where a town bears its name.
  if (DATE_WORDS.has(tokens[i]?.key ?? "")) return null;
  const cue = placeCue(scan, i);
  if (!cue) return null;
  const place = gazetteer.cuedPlace(tokens, i);
  const end = i + (place?.length ?? 0);
  const nameLike = (key: string): boolean =>
    words.isCommonWord(key) || words.isGivenName(key) || words.isFamilyName(key) || lower.has(key);
  if (
    place &&
    !tokens[end]?.cap &&
    (cue === "strong" || place.length > 1 || !nameLike(tokens[i]?.key ?? ""))
  ) {
    scan.emit(i, end, { kind: "place", entry: place.entry });
    return end;
  }
  if (cue !== "strong") return null;
  const run = nameRunLength(tokens, i);
  if (run === 0) return null;
  scan.emit(i, i + run, { kind: "place", placeKind: "city" });
  return i + run;
};
