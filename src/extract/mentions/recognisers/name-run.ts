import type { PlaceKind } from "../../../domain/types.js";
import { DETERMINERS, FUNCTION_WORDS } from "../../lexicon/function-words.js";
import {
  ADMIN_DIVISION_NOUNS,
  CAMP_MODIFIERS,
  GEOGRAPHIC_HEADS,
  LANDMARK_HEADS,
  PLACE_DESIGNATIONS,
} from "../../lexicon/landmarks.js";
import { ORGANIZATION_DESCRIPTORS, ORGANIZATION_LEAD_WORDS } from "../../lexicon/organizations.js";
import { isSpeechVerb } from "../../lexicon/speech-verbs.js";
import { PORTFOLIO_WORDS } from "../../lexicon/titles.js";
import { insideQuote } from "../../quote-spans.js";
import type { Token } from "../../tokens.js";
import type { PersonCue } from "../index.js";
import type { Recogniser, SentenceScan } from "../context.js";
import { appositiveAfter, MAX_APPOSITIVE_MODIFIERS } from "../cues/appositive.js";
import { featureListAt } from "../cues/feature-list.js";
import { placeCue } from "../cues/place-cue.js";
import { reportingContextBefore } from "../cues/reporting.js";
import { nameRunLength, nameTokensOf } from "../name-tokens.js";
import { abbreviatedByInitials, readOrganization } from "./organization.js";

// Adjectives of nationality the gazetteer lacks: "the Bavarian state", "the Kurdish region".
const NATIONALITY_SUFFIX_RE = /(?:ian|ean|ish|ese)$/;
const OPENING_MARKS = new Set(["“", '"', "‘", "'", "«", "„"]);

/** A run of capitalised words the gazetteer does not know: a person, an organisation or a place. */
export const nameRun: Recogniser = (scan, i) => {
  const t = scan.tokens[i];
  return t?.cap && !FUNCTION_WORDS.has(t.key) ? readNameRun(scan, i) : null;
};

/** Reads the name run at token i by the words around it; returns where it ends. */
export function readNameRun(scan: SentenceScan, i: number): number {
  const { tokens, quotes, gazetteer, words, titleCase, firstWord } = scan;
  const { lower } = scan.usage;
  const run = nameRunLength(tokens, i);
  if (run === 0) return i + 1;
  const from = i;
  // A capitalised sentence opener is an ordinary word unless the article uses it as a name.
  const first = tokens[from];
  const mark = tokens[from - 1];
  // Right after an opening quote mark (not a closing straight one: `"…," Fellows said`).
  const opener =
    from === firstWord ||
    (mark !== undefined && OPENING_MARKS.has(mark.text) && quotes.some((q) => q.start === mark.start));
  const end = from + run;
  const appositive = appositiveAfter(scan, end);
  if (
    first &&
    opener &&
    !appositive &&
    (FUNCTION_WORDS.has(first.key) ||
      words.isCommonWord(first.key) ||
      lower.has(first.key) ||
      first.key.endsWith("ly"))
  ) {
    // Let the scan read what follows the opener: it may be a known entity.
    return i + 1;
  }
  // "sub-Saharan", "pro-Western": a name glued to a lower-case prefix makes an adjective.
  const prefix = tokens[from - 2];
  if (
    mark?.text === "-" &&
    mark.start === first?.end &&
    prefix?.word &&
    !prefix.cap &&
    prefix.end === mark.start
  )
    return end;
  const runTokens = tokens.slice(from, end);
  const names = nameTokensOf(runTokens);
  // Headlines capitalise every word: only names the story also uses can be read there.
  if (titleCase) {
    runTokens.forEach((t, k) => {
      if (t.word && t.cap) scan.emit(from + k, from + k + 1, { kind: "person", nameTokens: [t.text] });
    });
    return end;
  }
  if (selfIntroduction(scan, from)) return end;
  // "the Timor and Arafura seas", but not "the Red and Black seas" (known by their full names).
  if (featureListAt(tokens, end)) {
    if (runTokens.every((t) => !t.word || ownName(scan, t)))
      scan.emit(from, end, { kind: "place", placeKind: "region" });
    return end;
  }
  const after = tokens[end];
  // A speech verb after the comma speaks for the name unless its own subject follows it:
  // "on the X, says the ministry", "at the X, claims the police denied".
  const speech =
    isSpeechVerb(after) ||
    (after?.text === "," && isSpeechVerb(tokens[end + 1]) && !DETERMINERS.has(tokens[end + 2]?.key ?? "")) ||
    isSpeechVerb(mark) ||
    (mark?.text === "," && isSpeechVerb(tokens[from - 2]));
  const firstKey = runTokens[0]?.key ?? "";
  const lastKey = runTokens[runTokens.length - 1]?.key ?? "";
  // "Biden administration" is an institution led by a person; "Asian governments" are not.
  const inst = gazetteer.match(tokens, end);
  if (
    inst?.entry.type === "institution" &&
    inst.entry.head === "government" &&
    names.length === 1 &&
    after?.key !== "governments" &&
    !words.isDemonym(firstKey)
  ) {
    scan.emit(from, end + inst.length, {
      kind: "organization",
      administrationOf: names[0] ?? null,
      institution: { countryCode: null, head: "government", category: "government" },
    });
    return end + inst.length;
  }
  const organizationWord =
    words.isOrganizationWord(lastKey) || (names.length >= 2 && ORGANIZATION_LEAD_WORDS.has(firstKey));
  const givenName = words.isGivenName(firstKey);
  const article = mark?.key === "the";
  // "state broadcaster X", "the federation, X, said", "told the X", "the X said": an organisation.
  // So is "the smaller Hak-İş confederation", but one capitalised word there is mostly an
  // adjective ("the Sunni militia", "a Catholic charity") unless the story also uses it as a
  // noun ("the Lederne union" … "Lederne rejected"), and "Jane Roe's party" is hers.
  if (
    !organizationWord &&
    !givenName &&
    (appositive === "organization" ||
      reportingContextBefore(scan, from, end, true) ||
      (article && names.length === 1 && speech) ||
      (after?.word === true &&
        !after.cap &&
        ORGANIZATION_DESCRIPTORS.has(after.key) &&
        !runTokens[runTokens.length - 1]?.possessive &&
        definiteBefore(tokens, from) &&
        (names.length >= 2 || scan.usage.isStandalone(firstKey))))
  )
    return scan.emitNamed(from, end, { kind: "organization" });
  if (appositive === "city" || appositive === "region")
    return scan.emitNamed(from, end, { kind: "place", placeKind: appositive });
  if (names.length >= 2 && LANDMARK_HEADS.has(lastKey)) {
    scan.emit(from, end, { kind: "place", placeKind: "landmark" });
    return end;
  }
  if (names.length >= 2 && GEOGRAPHIC_HEADS.has(lastKey))
    return scan.emitNamed(from, end, { kind: "place", placeKind: "region" });
  const designation = designationAfter(scan, runTokens, end);
  if (designation) {
    scan.emit(from, designation.nameEnd, { kind: "place", placeKind: designation.placeKind });
    return designation.end;
  }
  if (organizationWord || (!givenName && abbreviatedByInitials(scan, runTokens, end)))
    return readOrganization(scan, from, end, names);
  // A person's name never follows "the": "the Camp David Accords", "the Tour de France".
  if (article && names.length >= 2) return end;
  if (names.length >= 2) {
    // Without any cue, a run followed by a plural noun is an adjective ("West African leaders").
    const allNames =
      runTokens.every((t) => !t.word || !words.isCommonWord(t.key) || words.isGivenName(t.key)) &&
      !(after?.word === true && !after.cap && words.isPluralNoun(after.key));
    const cue: PersonCue = givenName
      ? "given-name"
      : speech
        ? "speech"
        : appositive === "person"
          ? "appositive"
          : "multiword";
    if (cue !== "multiword" || (allNames && from !== firstWord)) {
      scan.emit(from, end, { kind: "person", nameTokens: names, cue });
    } else if (placeCue(scan, from)) {
      // "in Puerto Nuevo": maybe a place, which resolution keeps if the text introduces one so named.
      scan.emit(from, end, { kind: "place" });
    }
    return end;
  }
  // A lone adjective of origin ("urged Asian governments") names nobody.
  if (names.length >= 1 && !words.isDemonym(firstKey)) {
    scan.emit(from, end, {
      kind: "person",
      nameTokens: names.slice(0, 1),
      cue: speech ? "speech" : appositive === "person" ? "appositive" : "none",
    });
  }
  return end;
}

/** Whether "the" opens the phrase of token i, maybe before its modifiers ("the larger and more moderate"). */
function definiteBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_APPOSITIVE_MODIFIERS; k--) {
    const t = tokens[k];
    if (t?.key === "the") return true;
    if (!t?.word || t.cap) return false;
  }
  return false;
}

/** "I'm Jane Roe and I'll be with you today": the writer introducing herself before token i, outside a quote. */
function selfIntroduction(scan: SentenceScan, i: number): boolean {
  const { tokens } = scan;
  const before = tokens[i - 1]?.key;
  const intro =
    before === "i'm" ||
    (before === "am" && tokens[i - 2]?.key === "i") ||
    (before === "is" && tokens[i - 2]?.key === "name" && tokens[i - 3]?.key === "my");
  return intro && insideQuote(scan.quotes, tokens[i]?.start ?? 0) === undefined;
}

/**
 * "Ethiopia's Afar region", "Kilifi County", "Evin prison", "the Kakuma refugee camp": the noun
 * after a name run (or ending it) that makes the name a place; null when there is none.
 */
function designationAfter(
  scan: SentenceScan,
  runTokens: readonly Token[],
  end: number,
): { nameEnd: number; end: number; placeKind: PlaceKind } | null {
  const { tokens, words } = scan;
  const names = runTokens.filter((t) => t.word);
  const first = names[0];
  const last = names[names.length - 1];
  if (!first || !last || last.possessive) return null;
  // "Kilifi County", but not the body of "Federal Department of Foreign Affairs".
  if (
    names.length >= 2 &&
    ADMIN_DIVISION_NOUNS.has(last.key) &&
    names.slice(0, -1).every((t) => ownName(scan, t)) &&
    !ORGANIZATION_LEAD_WORDS.has(first.key) &&
    tokens[end]?.key !== "of" &&
    tokens[end]?.key !== "for"
  )
    return { nameEnd: end - 1, end, placeKind: "region" };
  if (!names.every((t) => ownName(scan, t))) return null;
  const modified = CAMP_MODIFIERS.has(tokens[end]?.key ?? "");
  const at = modified ? end + 1 : end;
  const noun = tokens[at];
  if (!noun?.word || noun.cap) return null;
  const placeKind = PLACE_DESIGNATIONS.get(noun.key);
  if (!placeKind || (modified && noun.key !== "camp")) return null;
  if (!ADMIN_DIVISION_NOUNS.has(noun.key)) {
    // A camp may be a person's side ("the Roe camp"): only a refugees' camp is a place.
    if (noun.key === "camp" && !modified && tokens[at + 1]?.key !== "for") return null;
    if (words.isGivenName(first.key) || words.isFamilyName(first.key)) return null;
  }
  // A building keeps its noun in its name ("Insein prison", as "Insein Prison"); a town or a region does not.
  return { nameEnd: placeKind === "landmark" ? at + 1 : end, end: at + 1, placeKind };
}

/** A word that can only be part of a place name: not a common word, a portfolio or a nationality ("Kurdish"). */
function ownName(scan: SentenceScan, t: Token): boolean {
  return !scan.words.isCommonWord(t.key) && !PORTFOLIO_WORDS.has(t.key) && !NATIONALITY_SUFFIX_RE.test(t.key);
}
