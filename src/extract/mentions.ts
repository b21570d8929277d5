import type { LexiconEntry, Gazetteer } from "./gazetteer.js";
import { LANDMARK_HEADS } from "./lexicon/landmarks.js";
import { NON_STATE_HEADS } from "./lexicon/people-nouns.js";
import { ORGANIZATION_LEAD_WORDS } from "./lexicon/organizations.js";
import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import { TITLE_MODIFIERS } from "./lexicon/titles.js";
import type { PlaceKind } from "../domain/types.js";
import type { EntityKind, QuoteSpan, Sentence } from "./model.js";
import { insideQuote } from "./quote-spans.js";
import type { TokenIndex } from "./token-index.js";
import { unglueName, type Token } from "./tokens.js";

/** Why a capitalised name was taken for a person. */
export type PersonCue = "title" | "given-name" | "speech" | "multiword" | "none";

/** A raw entity reference, before the article's references are resolved to entities. */
export interface MentionCandidate {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly kind: EntityKind;
  readonly inQuote: boolean;
  readonly qualifier: boolean;
  /** The gazetteer entry, for countries, places and known organisations. */
  readonly entry: LexiconEntry | null;
  /** An institution of a country ("Israeli forces"): the country and the institution noun. */
  readonly institution: { readonly countryCode: string | null; readonly head: string } | null;
  /** "Biden administration": the family name of the person whose administration it is. */
  readonly administrationOf: string | null;
  /** Name tokens of a person (no titles, initials or suffixes). */
  readonly nameTokens: readonly string[];
  readonly cue: PersonCue;
  readonly role: string | null;
  readonly countryCode: string | null;
  /** An acronym the text defines for this organisation: "National Security Council (NSC)". */
  readonly acronym: string | null;
  /** For a place the gazetteer does not know: a named building or a town the text introduces. */
  readonly placeKind: PlaceKind | null;
}

const PARTICLES = new Set([
  "bin",
  "al",
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "del",
  "la",
  "le",
  "ibn",
  "el",
  "dos",
  "du",
]);
// Days and months are capitalised but never a name ("criticised the forces on Monday, saying…").
// April, May, June and August are left out: they are also given or family names.
const CALENDAR_NAMES = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march july september october november december".split(
    " ",
  ),
);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const FUNCTION_WORDS = new Set(
  "the a an and or but of in on at to for from by with as after before during while when if since despite amid amidst although though because meanwhile however additionally yet so this that these those it its his her their our we they he she i you there here".split(
    " ",
  ),
);

export interface MentionInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly QuoteSpan[];
  readonly gazetteer: Gazetteer;
  readonly tokens: TokenIndex;
}

interface SentenceScan {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
}

/** What a stage says about a mention; every field it leaves out takes its empty value. */
type CandidateFields = Pick<MentionCandidate, "kind"> &
  Partial<Omit<MentionCandidate, "sentence" | "start" | "end" | "surface" | "inQuote" | "kind">>;

const NO_NAME_TOKENS: readonly string[] = [];

/**
 * The candidate for tokens [from, to) of a sentence, built as one object literal: the
 * mention scan emits one per name, and spreading defaults into it was a hot spot.
 */
function buildCandidate(
  scan: SentenceScan,
  from: number,
  to: number,
  quotes: readonly QuoteSpan[],
  text: string,
  c: CandidateFields,
): MentionCandidate {
  const first = scan.tokens[from];
  const last = scan.tokens[to - 1];
  const start = first?.start ?? scan.sentence.start;
  const end = last?.end ?? start;
  return {
    sentence: scan.sentence.index,
    start,
    end,
    surface: text.slice(start, end),
    inQuote: insideQuote(quotes, start) !== undefined,
    entry: c.entry ?? null,
    institution: c.institution ?? null,
    administrationOf: c.administrationOf ?? null,
    nameTokens: c.nameTokens ?? NO_NAME_TOKENS,
    cue: c.cue ?? "none",
    role: c.role ?? null,
    countryCode: c.countryCode ?? null,
    acronym: c.acronym ?? null,
    qualifier: c.qualifier ?? false,
    placeKind: c.placeKind ?? null,
    kind: c.kind,
  };
}

const GLUED_RE = /\p{Ll}\p{Lu}/u;
const ALL_CAPS_RE = /^\p{Lu}{2,}$/u;
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;

// What introduces a place name: "to X", "in X", "the town of X".
const LOCATIVE_PREPOSITIONS = new Set(
  "in to at from near outside into towards toward across around via inside".split(" "),
);
const SETTLEMENT_NOUNS = new Set(
  "town city village district province region port capital camp county settlement municipality hamlet".split(
    " ",
  ),
);
// Words allowed between the preposition and the name: "to the flood-hit", "in northern".
const PLACE_MODIFIERS = new Set(
  "north south east west central northern southern eastern western northeastern northwestern southeastern southwestern remote rural coastal".split(
    " ",
  ),
);
const MAX_PLACE_MODIFIERS = 4;
const OPENING_MARKS = new Set(["“", '"', "‘", "'", "«", "„"]);

/**
 * Finds references to people, organisations, countries and places. Two passes: the
 * first learns which capitalised words the article uses as names, so that glued
 * tokens ("Netanyahuadmitted") can be split in the second.
 */
export function findMentions(input: MentionInput): MentionCandidate[] {
  const { sentences, gazetteer } = input;
  const scans: SentenceScan[] = sentences.map((sentence) => ({
    sentence,
    tokens: input.tokens.bySentence[sentence.index] ?? [],
  }));
  const capCount = new Map<string, number>();
  // Words the story also writes in lower case are ordinary words, not names.
  const lower = new Set<string>();
  for (const scan of scans) {
    for (const t of scan.tokens) {
      if (!t.word) continue;
      if (t.cap) capCount.set(t.key, (capCount.get(t.key) ?? 0) + 1);
      else lower.add(t.key);
    }
  }
  const isKnownName = (key: string): boolean => (capCount.get(key) ?? 0) >= 1 && !lower.has(key);

  const out: MentionCandidate[] = [];
  for (const scan of scans) {
    const tokens = scan.tokens.map((t) => {
      // Only a lower-case word with a capital inside, or a rare long capitalised word, may be glued.
      const candidate = t.cap ? t.text.length >= 7 && (capCount.get(t.key) ?? 0) <= 1 : GLUED_RE.test(t.text);
      if (!t.word || !candidate || gazetteer.match([t], 0)) return t;
      return unglueName(t, (k) => k !== t.key && isKnownName(k)) ?? t;
    });
    scanSentence({ ...scan, tokens }, input, lower, out);
  }
  return out;
}

/** Length of a person-name run starting at i: capitalised words, initials, particles, suffixes. */
function nameRun(tokens: readonly Token[], i: number): number {
  let j = i;
  let words = 0;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t) break;
    const next = tokens[j + 1];
    if (t.word && t.cap && !ALL_CAPS_RE.test(t.text) && !CALENDAR_NAMES.has(t.key)) {
      // An initial: "William J. Burns".
      if (t.text.length === 1 && next?.text === "." && words > 0) {
        j += 2;
        continue;
      }
      if (words > 0 && t.possessive) {
        words++;
        j++;
        break;
      }
      words++;
      j++;
      if (t.possessive) break;
      continue;
    }
    if (t.word && PARTICLES.has(t.key) && words > 0) {
      // "von der Leyen", "da Silva": particles lead to a capitalised name.
      let k = j;
      while (tokens[k]?.word && PARTICLES.has(tokens[k]?.key ?? "")) k++;
      if (tokens[k]?.cap) {
        j = k;
        continue;
      }
    }
    if (t.text === "-" && words > 0 && next?.cap && next.start === t.end && tokens[j - 1]?.end === t.start) {
      j++;
      continue;
    }
    break;
  }
  // Trailing suffix "Jr." belongs to the name.
  const last = tokens[j];
  if (words > 0 && last && SUFFIXES.has(last.key)) j += tokens[j + 1]?.text === "." ? 2 : 1;
  return words === 0 ? 0 : j - i;
}

function nameTokensOf(tokens: readonly Token[]): string[] {
  return tokens
    .filter((t) => t.word && t.cap && !(t.text.length === 1) && !SUFFIXES.has(t.key))
    .map((t) => t.text);
}

function scanSentence(
  scan: SentenceScan,
  input: MentionInput,
  lower: Set<string>,
  out: MentionCandidate[],
): void {
  const { text, quotes, gazetteer } = input;
  const { tokens, sentence } = scan;
  const words = gazetteer.words;
  const titleCase = sentence.kind !== "body";
  const firstWord = tokens.findIndex((t) => t.word);
  const produced: { from: number; to: number; index: number }[] = [];
  const emit = (from: number, to: number, c: CandidateFields): void => {
    produced.push({ from, to, index: out.length });
    out.push(buildCandidate(scan, from, to, quotes, text, c));
  };
  /** Marks the mentions that end right before token i (modifiers allowed between) as qualifiers. */
  const qualifiersBefore = (i: number): { countryCode: string | null; text: string; from: number } => {
    let k = i;
    while (k > 0 && TITLE_MODIFIERS.has(tokens[k - 1]?.key ?? "")) k--;
    let countryCode: string | null = null;
    let from = k;
    for (let p = produced.length - 1; p >= 0; p--) {
      const prev = produced[p];
      if (prev?.to !== from) break;
      const cand = out[prev.index];
      if (!cand) break;
      out[prev.index] = { ...cand, qualifier: true };
      if (cand.entry?.type === "country" || cand.entry?.type === "demonym")
        countryCode ??= cand.entry.country.code;
      from = prev.from;
    }
    const start = tokens[from]?.start ?? 0;
    return { countryCode, text: text.slice(start, tokens[i - 1]?.end ?? start), from };
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t?.word) {
      i++;
      continue;
    }
    let match = gazetteer.match(tokens, i);
    // "Israel Katz": a given name that is also a place, followed by a family name.
    if (match?.length === 1 && match.entry.type !== "title" && words.isGivenName(t.key)) {
      const next = tokens[i + 1];
      if (next?.cap && next.word && !gazetteer.match(tokens, i + 1)) match = null;
    }
    if (match) {
      i = handleEntry(match.entry, match.length, i);
      continue;
    }
    if (t.cap && !titleCase && !FUNCTION_WORDS.has(t.key)) {
      const next = handleCuedPlace(i);
      if (next > i) {
        i = next;
        continue;
      }
      // "Trade Minister", "Commerce Secretary": a portfolio word the title list lacks.
      const title = tokens[i + 1]?.cap && i !== firstWord ? gazetteer.match(tokens, i + 1) : null;
      if (title?.entry.type === "title") {
        i = handleTitle(i, i + 1 + title.length);
        continue;
      }
    }
    if (!t.cap || FUNCTION_WORDS.has(t.key)) {
      i++;
      continue;
    }
    i = handleRun(i);
  }

  /** How strongly the words before token i announce a place name. */
  function placeCue(i: number): "strong" | "weak" | null {
    if (tokens[i - 1]?.key === "of" && SETTLEMENT_NOUNS.has(tokens[i - 2]?.key ?? "")) return "strong";
    for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_PLACE_MODIFIERS; k--) {
      const t = tokens[k];
      if (!t || t.cap) return null;
      if (LOCATIVE_PREPOSITIONS.has(t.key)) return "weak";
      const hyphenated = t.text === "-" || tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-";
      if (!hyphenated && !PLACE_MODIFIERS.has(t.key)) return null;
    }
    return null;
  }

  /** A town below the cue-less population threshold, read only after a place cue. */
  function handleCuedPlace(i: number): number {
    const cue = placeCue(i);
    if (!cue) return i;
    const place = gazetteer.cuedPlace(tokens, i);
    const end = i + (place?.length ?? 0);
    const nameLike = (key: string): boolean =>
      words.isCommonWord(key) || words.isGivenName(key) || words.isFamilyName(key) || lower.has(key);
    if (
      place &&
      !tokens[end]?.cap &&
      (cue === "strong" || place.length > 1 || !nameLike(tokens[i]?.key ?? ""))
    ) {
      emit(i, end, { kind: "place", entry: place.entry });
      return end;
    }
    if (cue !== "strong") return i;
    // "the village of X": a place, even one the gazetteer does not know.
    const run = nameRun(tokens, i);
    if (run === 0) return i;
    emit(i, i + run, { kind: "place", placeKind: "city" });
    return i + run;
  }

  function handleEntry(entry: LexiconEntry, length: number, i: number): number {
    const end = i + length;
    const next = gazetteer.match(tokens, end);
    const nextToken = tokens[end];
    switch (entry.type) {
      case "title":
        return handleTitle(i, end);
      case "institution": {
        // Alone, only a named ministry or commission is an organisation ("the Health Ministry").
        if (!tokens[i]?.cap || titleCase || !/ministry|commission/i.test(entry.head)) return end;
        // "Biden administration": the administration of a person named just before.
        emit(i, end, {
          kind: "organization",
          institution: { countryCode: null, head: entry.head },
        });
        return end;
      }
      case "demonym":
      case "country": {
        const code = entry.country.code;
        // "U.S. and Israeli governments": both countries share the institution.
        const coordinated =
          nextToken?.key === "and" &&
          ["demonym", "country"].includes(gazetteer.match(tokens, end + 1)?.entry.type ?? "") &&
          gazetteer.match(tokens, end + 1 + (gazetteer.match(tokens, end + 1)?.length ?? 0))?.entry.type ===
            "institution";
        const inst = coordinated
          ? gazetteer.match(tokens, end + 1 + (gazetteer.match(tokens, end + 1)?.length ?? 0))
          : next;
        if (inst?.entry.type === "institution") {
          const at = coordinated ? end + 1 + (gazetteer.match(tokens, end + 1)?.length ?? 0) : end;
          emit(i, end, { kind: "country", entry, qualifier: true });
          emit(i, coordinated ? end : at + inst.length, {
            kind: "organization",
            institution: { countryCode: code, head: inst.entry.head },
          });
          return coordinated ? end : at + inst.length;
        }
        if (entry.type === "demonym") {
          if (nextToken?.text === "-" || (nextToken && NON_STATE_HEADS.has(nextToken.key))) return end;
          if (tokens[i]?.text.endsWith("s") && entry.country.demonyms.every((d) => d !== tokens[i]?.text))
            return end;
        }
        emit(i, end, { kind: "country", entry });
        return end;
      }
      case "organization": {
        // "Elysee Palace": the building, a place; the bare "Elysee" may still act for its occupant.
        if (nextToken?.cap && LANDMARK_HEADS.has(nextToken.key)) {
          emit(i, end + 1, { kind: "place", placeKind: "landmark" });
          return end + 1;
        }
        const acronym =
          nextToken?.text === "(" &&
          ACRONYM_RE.test(tokens[end + 1]?.text ?? "") &&
          tokens[end + 2]?.text === ")"
            ? (tokens[end + 1]?.text ?? null)
            : null;
        emit(i, end, { kind: "organization", entry, acronym });
        return acronym ? end + 3 : end;
      }
      case "region":
      case "city":
        // "the Shangri-La Hotel": a building named after a place.
        if (nextToken?.cap && LANDMARK_HEADS.has(nextToken.key)) {
          emit(i, end + 1, { kind: "place", placeKind: "landmark" });
          return end + 1;
        }
        emit(i, end, { kind: "place", entry });
        return end;
    }
  }

  function handleTitle(i: number, titleEnd: number): number {
    const qual = qualifiersBefore(i);
    let j = titleEnd;
    // "Chief Cabinet Secretary", "Deputy Foreign Minister": titles chain.
    for (
      let next = gazetteer.match(tokens, j);
      next?.entry.type === "title";
      next = gazetteer.match(tokens, j)
    ) {
      j += next.length;
    }
    let ofMentions: number[] = [];
    // "spokesperson of the EU", "President of the USA".
    if (tokens[j]?.key === "of" || tokens[j]?.key === "for") {
      let k = j + 1;
      if (tokens[k]?.key === "the") k++;
      const of = gazetteer.match(tokens, k);
      if (of && ["organization", "country", "demonym"].includes(of.entry.type)) {
        const producedBefore = produced.length;
        j = handleEntry(of.entry, of.length, k);
        ofMentions = produced.slice(producedBefore).map((p) => p.index);
      }
    }
    const roleEnd = j;
    if (tokens[j]?.text === ",") j++;
    const run = nameRun(tokens, j);
    const runTokens = tokens.slice(j, j + run);
    const names = nameTokensOf(runTokens);
    // The run must not be another known entity or an institution ("Foreign Ministry").
    const entityAt = runTokens.length > 0 ? gazetteer.match(tokens, j) : null;
    if (
      names.length === 0 ||
      entityAt?.entry.type === "institution" ||
      (names.length === 1 && entityAt && entityAt.entry.type !== "title")
    ) {
      return Math.max(titleEnd, roleEnd);
    }
    // "spokesperson of the EU, Peter Stano": the EU qualifies the person.
    for (const index of ofMentions) {
      const cand = out[index];
      if (cand) out[index] = { ...cand, qualifier: true };
    }
    const roleStart = tokens[qual.from]?.start ?? tokens[i]?.start ?? 0;
    const role = text.slice(roleStart, tokens[roleEnd - 1]?.end ?? roleStart).replace(/\s+/g, " ");
    emit(j, j + run, {
      kind: "person",
      nameTokens: names,
      cue: "title",
      role,
      countryCode: qual.countryCode,
    });
    return j + run;
  }

  function handleRun(i: number): number {
    const run = nameRun(tokens, i);
    if (run === 0) return i + 1;
    const from = i;
    // A capitalised sentence opener is an ordinary word unless the article uses it as a name.
    const first = tokens[from];
    const mark = tokens[from - 1];
    // Right after an opening quote mark (not a closing straight one: `"…," Fellows said`).
    const opener =
      from === firstWord ||
      (mark !== undefined && OPENING_MARKS.has(mark.text) && quotes.some((q) => q.start === mark.start));
    if (
      first &&
      opener &&
      (FUNCTION_WORDS.has(first.key) ||
        words.isCommonWord(first.key) ||
        lower.has(first.key) ||
        first.key.endsWith("ly"))
    ) {
      // Let the main loop read what follows the opener: it may be a known entity.
      return i + 1;
    }
    const runTokens = tokens.slice(from, from + run);
    const names = nameTokensOf(runTokens);
    // Headlines capitalise every word: only names the story also uses can be read there.
    if (titleCase) {
      runTokens.forEach((t, k) => {
        if (t.word && t.cap) emit(from + k, from + k + 1, { kind: "person", nameTokens: [t.text] });
      });
      return from + run;
    }
    const after = tokens[from + run];
    const speech = isSpeechVerb(after) || (after?.text === "," && isSpeechVerb(tokens[from + run + 1]));
    const firstKey = runTokens[0]?.key ?? "";
    const lastKey = runTokens[runTokens.length - 1]?.key ?? "";
    const acronym =
      after?.text === "(" &&
      ACRONYM_RE.test(tokens[from + run + 1]?.text ?? "") &&
      tokens[from + run + 2]?.text === ")"
        ? (tokens[from + run + 1]?.text ?? null)
        : null;
    // "Biden administration" is an institution led by a person.
    const inst = gazetteer.match(tokens, from + run);
    if (inst?.entry.type === "institution" && inst.entry.head === "government" && names.length === 1) {
      emit(from, from + run + inst.length, {
        kind: "organization",
        administrationOf: names[0] ?? null,
        institution: { countryCode: null, head: "government" },
      });
      return from + run + inst.length;
    }
    if (names.length >= 2 && LANDMARK_HEADS.has(lastKey)) {
      emit(from, from + run, { kind: "place", placeKind: "landmark" });
      return from + run;
    }
    if (names.length >= 2) {
      if (words.isOrganizationWord(lastKey) || ORGANIZATION_LEAD_WORDS.has(firstKey)) {
        emit(from, from + run, { kind: "organization", acronym });
        return from + run + (acronym ? 3 : 0);
      }
      // Without any cue, a run followed by a plural noun is an adjective ("West African leaders").
      const allNames =
        runTokens.every((t) => !t.word || !words.isCommonWord(t.key) || words.isGivenName(t.key)) &&
        !(after?.word === true && !after.cap && words.isPluralNoun(after.key));
      const cue: PersonCue = words.isGivenName(firstKey) ? "given-name" : speech ? "speech" : "multiword";
      if (cue !== "multiword" || (allNames && from !== firstWord)) {
        emit(from, from + run, { kind: "person", nameTokens: names, cue });
      }
      return from + run;
    }
    if (names.length === 1 && words.isOrganizationWord(firstKey)) {
      // "the Commission said": a short form of an organisation, never a person.
      emit(from, from + run, { kind: "organization", nameTokens: names, cue: "none" });
      return from + run;
    }
    if (names.length >= 1) {
      emit(from, from + run, {
        kind: "person",
        nameTokens: names.slice(0, 1),
        cue: speech ? "speech" : "none",
      });
      return from + run;
    }
    return from + run;
  }
}
