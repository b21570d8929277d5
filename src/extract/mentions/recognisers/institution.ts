import type { EntryOf } from "../../gazetteer.js";
import { namesOneBody, VOICE_NOUNS } from "../../lexicon/organizations.js";
import { isSpeechVerb, SPEECH_NOUNS } from "../../lexicon/speech-verbs.js";
import type { Token } from "../../tokens.js";
import { isFiniteVerb, type Recogniser, type SentenceScan } from "../context.js";
import { definedNameAt } from "../cues/known-as.js";
import { readNameRun } from "./name-run.js";

// A verb after a coordinated partner: "Sudan's army and the paramilitary RSF agreed".
const MAX_COORDINATED_WORDS = 10;

/**
 * An institution noun: "the Government of Kenya" is Kenya's; alone, a capitalised one ("the
 * Foreign Ministry", "the Coast Guard") is the article's body of that name, a lower-case one
 * only when it speaks ("the foreign ministry said").
 */
export const institution: Recogniser = (scan, i) => {
  const known = scan.knownAt(i);
  if (known?.entry.type !== "institution") return null;
  const { tokens, gazetteer } = scan;
  const { head, category } = known.entry;
  const end = i + known.length;
  if (scan.titleCase) return end;
  let at = end;
  if (tokens[at]?.key === "of") at++;
  if (at > end && tokens[at]?.key === "the") at++;
  const of = at > end ? gazetteer.match(tokens, at) : null;
  if (of?.entry.type === "country") {
    const stop = at + of.length;
    scan.emit(at, stop, { kind: "country", entry: of.entry, qualifier: true });
    return scan.emitNamed(i, stop, {
      kind: "organization",
      institution: { countryCode: of.entry.country.code, head, category },
      acting: acts(scan, i, stop, head),
    });
  }
  const nextToken = tokens[end];
  if (!tokens[i]?.cap && !isSpeechVerb(nextToken)) return end;
  // "the Military Observer Group": the start of a longer name.
  if (nextToken?.word && nextToken.cap) return readNameRun(scan, i);
  return scan.emitNamed(i, end, { kind: "organization", institution: { countryCode: null, head, category } });
};

/**
 * "Israeli forces", "India's High Commission", "U.S. and Israeli governments" (both countries
 * share the institution): the country at tokens [i, end) and its institution after it, or null
 * when no institution follows.
 */
export function readCountryInstitution(
  scan: SentenceScan,
  entry: EntryOf<"country" | "demonym">,
  i: number,
  end: number,
): number | null {
  const { tokens, gazetteer } = scan;
  const partner = tokens[end]?.key === "and" ? gazetteer.match(tokens, end + 1) : null;
  const partnerEnd = end + 1 + (partner?.length ?? 0);
  const coordinated =
    (partner?.entry.type === "demonym" || partner?.entry.type === "country") &&
    gazetteer.match(tokens, partnerEnd)?.entry.type === "institution";
  const at = coordinated ? partnerEnd : end;
  const inst = gazetteer.match(tokens, at);
  if (inst?.entry.type !== "institution") return null;
  const instEnd = at + inst.length;
  scan.emit(i, end, { kind: "country", entry, qualifier: true });
  return scan.emitNamed(i, coordinated ? end : instEnd, {
    kind: "organization",
    institution: { countryCode: entry.country.code, head: inst.entry.head, category: inst.entry.category },
    acting: acts(scan, at, instEnd, inst.entry.head, i),
  });
}

/**
 * Whether the institution noun at tokens [at, to) (its country from `from`) is a body
 * taking part in the sentence: capitalised ("Indian Navy"), a ministry, or a subject,
 * an agent or an object of a verb.
 */
function acts(scan: SentenceScan, at: number, to: number, head: string, from = at): boolean {
  const { tokens, words } = scan;
  if (tokens[at]?.cap || namesOneBody(head)) return true;
  // "the foreign ministry, known as X, said": the verb after the other name.
  let k = definedNameAt(scan, to)?.end ?? to;
  if (k > to && tokens[k]?.text === ",") k++;
  if (tokens[k]?.key === "and" || tokens[k]?.key === "or") {
    for (let n = k + 1; n < tokens.length && n <= k + MAX_COORDINATED_WORDS; n++) {
      const t = tokens[n];
      if (isFiniteVerb(t, words)) return true;
      if (!t?.word && t?.text !== "(" && t?.text !== ")" && t?.text !== "-") break;
    }
  }
  while (
    tokens[k]?.word &&
    !tokens[k]?.cap &&
    (words.isAdverb(tokens[k]?.key ?? "") || tokens[k]?.key.endsWith("ly"))
  )
    k++;
  if (isFiniteVerb(tokens[k], words)) return true;
  let p = from - 1;
  if (tokens[p]?.key === "the") p--;
  // "the statement of the Moldovan government": the body speaks.
  if (tokens[p]?.key === "of" && isVoiceNoun(tokens[p - 1])) return true;
  return tokens[p]?.key === "by" || isFiniteVerb(tokens[p], words);
}

/** A noun a body speaks through: "the statement of the Moldovan government". */
function isVoiceNoun(t: Token | undefined): boolean {
  return t?.word === true && !t.cap && (SPEECH_NOUNS.has(t.key) || VOICE_NOUNS.has(t.key));
}
