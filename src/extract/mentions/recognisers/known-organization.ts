import type { EntryOf } from "../../gazetteer.js";
import { BROADCAST_WORDS } from "../../lexicon/organizations.js";
import type { Recogniser, SentenceScan } from "../context.js";
import { nameRunLength } from "../name-tokens.js";
import { namedAfterPlace } from "./known-place.js";

/** An organisation the gazetteer knows: "the United Nations", "Reuters", "Hamas". */
export const knownOrganization: Recogniser = (scan, i) => {
  const known = scan.knownAt(i);
  return known?.entry.type === "organization"
    ? readKnownOrganization(scan, known.entry, i, i + known.length)
    : null;
};

/**
 * The known organisation at tokens [i, end), or what is named after it: a building ("Elysee
 * Palace"), another country's body of the same name ("Peru's Congress"), an outlet's station
 * ("BBC World Service").
 */
export function readKnownOrganization(
  scan: SentenceScan,
  entry: EntryOf<"organization">,
  i: number,
  end: number,
): number {
  const { tokens } = scan;
  // "Elysee Palace": the building, a place; the bare "Elysee" may still act for its occupant.
  if (namedAfterPlace(scan, i, end)) return end + 1;
  const before = scan.mentionEndingAt(i)?.candidate.entry;
  const home = entry.org.countryCode;
  if (
    home &&
    entry.org.category === "government" &&
    (before?.type === "country" || before?.type === "demonym") &&
    before.country.code !== home
  ) {
    return scan.emitNamed(i, end, {
      kind: "organization",
      institution: {
        countryCode: scan.qualifiersBefore(i).countryCode,
        head: scan.textOf(i, end),
        category: entry.org.category,
      },
    });
  }
  const nextToken = tokens[end];
  if (entry.org.category === "media" && nextToken?.cap && BROADCAST_WORDS.has(nextToken.key))
    return scan.emitNamed(i, end + nameRunLength(tokens, end), { kind: "organization" });
  return scan.emitNamed(i, end, { kind: "organization", entry });
}
