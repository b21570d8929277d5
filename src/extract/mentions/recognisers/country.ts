import type { EntryOf } from "../../gazetteer.js";
import { CURRENCY_NOUNS } from "../../lexicon/countries.js";
import { ORGANIZATION_DESCRIPTORS } from "../../lexicon/organizations.js";
import { NON_STATE_HEADS } from "../../lexicon/people-nouns.js";
import type { Recogniser, SentenceScan } from "../context.js";
import { featureListAt } from "../cues/feature-list.js";
import { nameRunLength } from "../name-tokens.js";
import { readCountryInstitution } from "./institution.js";
import { namedAfterPlace } from "./known-place.js";

/** A country's name or its adjective ("Kenya", "Kenyan"), with what it names there. */
export const country: Recogniser = (scan, i) => {
  const known = scan.knownAt(i);
  if (known?.entry.type !== "country" && known?.entry.type !== "demonym") return null;
  return readCountry(scan, known.entry, i, i + known.length);
};

/**
 * The country or the adjective at tokens [i, end): the state, its institution ("Israeli
 * forces"), or only part of another name ("U.S. dollars", "the Timor and Arafura seas",
 * "France Inter radio", "Australian waters").
 */
export function readCountry(
  scan: SentenceScan,
  entry: EntryOf<"country" | "demonym">,
  i: number,
  end: number,
): number {
  const { tokens, gazetteer, titleCase } = scan;
  const institutionEnd = readCountryInstitution(scan, entry, i, end);
  if (institutionEnd !== null) return institutionEnd;
  const nextToken = tokens[end];
  // "U.S. dollars": a currency, not the state.
  if (nextToken && !nextToken.cap && CURRENCY_NOUNS.has(nextToken.key)) return end;
  if (namedAfterPlace(scan, i, end)) return end + 1;
  if (featureListAt(tokens, end)) {
    // "the Timor and Arafura seas": a sea named after the country, not the country.
    if (entry.type === "country") scan.emit(i, end, { kind: "place", placeKind: "region" });
    return end;
  }
  // "France Inter radio": a body named after its country, as the noun after the name says.
  if (entry.type === "country" && nextToken?.cap && !gazetteer.match(tokens, end)) {
    const run = nameRunLength(tokens, end);
    const noun = tokens[end + run];
    if (run > 0 && noun?.word && !noun.cap && ORGANIZATION_DESCRIPTORS.has(noun.key))
      return scan.emitNamed(i, end + run, { kind: "organization" });
  }
  if (entry.type === "demonym") {
    // "Australian waters", but "the Australian Border Force" names a body (not in a headline).
    const nonState = nextToken && NON_STATE_HEADS.has(nextToken.key) && (!nextToken.cap || titleCase);
    if (nextToken?.text === "-" || nonState) return end;
    if (tokens[i]?.text.endsWith("s") && entry.country.demonyms.every((d) => d !== tokens[i]?.text))
      return end;
  }
  scan.emit(i, end, { kind: "country", entry });
  return end;
}
