import type { LexiconEntry, Gazetteer } from "../gazetteer.js";
import type { WordKnowledge } from "../lexicon/names.js";
import type { OrganizationCategory } from "../lexicon/organizations.js";
import type { PlaceKind } from "../../domain/types.js";
import type { EntityKind, QuoteSpan, Sentence } from "../model.js";
import type { TokenIndex } from "../token-index.js";
import { unglueName, type Token } from "../tokens.js";
import { isFiniteVerb, SentenceScan } from "./context.js";
import { RECOGNISERS } from "./recognisers/index.js";

/**
 * What the context says about a name: a title, a given name, a speech verb, an
 * appositive ("X, who …", "X, the governor of …") make it a person; for an acronym,
 * "speech" also stands for a reporting context ("told CNBC", "state broadcaster RTS").
 */
export type PersonCue = "title" | "given-name" | "speech" | "appositive" | "multiword" | "none";

/** A body of a country: an institution noun ("Israeli forces") or a named one ("Kenya Ports Authority"). */
export interface Institution {
  readonly countryCode: string | null;
  readonly head: string;
  /** The gazetteer's category for an institution noun; null for a body known by its own name. */
  readonly category: OrganizationCategory | null;
}

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
  /** An institution of a country ("Israeli forces", "India's High Commission"). */
  readonly institution: Institution | null;
  /**
   * Whether an institution named by a common noun takes part in the sentence (subject or
   * object of a verb, "Israeli forces entered") rather than describes a thing ("an Indian
   * navy frigate", "Philippine government vessels").
   */
  readonly acting: boolean;
  /** "Biden administration": the family name of the person whose administration it is. */
  readonly administrationOf: string | null;
  /** Name tokens of a person (no titles, initials or suffixes). */
  readonly nameTokens: readonly string[];
  readonly cue: PersonCue;
  readonly role: string | null;
  readonly countryCode: string | null;
  /**
   * Another name the text gives this organisation or place: "National Security Council
   * (NSC)", "the French foreign ministry, known as the Quai d'Orsay".
   */
  readonly definedName: string | null;
  /** For a place the gazetteer does not know: a named building or a town the text introduces. */
  readonly placeKind: PlaceKind | null;
}

export interface MentionInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly QuoteSpan[];
  readonly gazetteer: Gazetteer;
  readonly tokens: TokenIndex;
}

/** A sentence and its tokens, as the first pass reads them. */
interface SentenceTokens {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
}

const GLUED_RE = /\p{Ll}\p{Lu}/u;

/**
 * Finds references to people, organisations, countries and places. Two passes: the
 * first learns which capitalised words the article uses as names, so that glued
 * tokens ("Netanyahuadmitted") can be split in the second.
 */
export function findMentions(input: MentionInput): MentionCandidate[] {
  const { sentences, gazetteer } = input;
  const sentenceTokens: SentenceTokens[] = sentences.map((sentence) => ({
    sentence,
    tokens: input.tokens.bySentence[sentence.index] ?? [],
  }));
  const capCount = new Map<string, number>();
  // Words the story also writes in lower case are ordinary words, not names.
  const lower = new Set<string>();
  for (const { tokens } of sentenceTokens) {
    for (const t of tokens) {
      if (!t.word) continue;
      if (t.cap) capCount.set(t.key, (capCount.get(t.key) ?? 0) + 1);
      else lower.add(t.key);
    }
  }
  // Seldom needed: read on the first question.
  let standalone: Set<string> | null = null;
  const isStandalone = (key: string): boolean => {
    standalone ??= standaloneWords(sentenceTokens, gazetteer.words);
    return standalone.has(key);
  };
  const isKnownName = (key: string): boolean => (capCount.get(key) ?? 0) >= 1 && !lower.has(key);

  const out: MentionCandidate[] = [];
  for (const { sentence, tokens: read } of sentenceTokens) {
    const tokens = read.map((t) => {
      // Only a lower-case word with a capital inside, or a rare long capitalised word, may be glued.
      const candidate = t.cap ? t.text.length >= 7 && (capCount.get(t.key) ?? 0) <= 1 : GLUED_RE.test(t.text);
      if (!t.word || !candidate || gazetteer.match([t], 0)) return t;
      const part = unglueName(t, (k) => k !== t.key && isKnownName(k));
      // "Netanyahuadmitted" sheds a word; "Parisotto" is a longer name that starts like "Paris".
      if (!part || (part.start === t.start && !isWordLike(t.key.slice(part.key.length), gazetteer.words)))
        return t;
      return part;
    });
    readSentence(new SentenceScan(sentence, tokens, input, { lower, isStandalone }, out));
  }
  return out;
}

/**
 * Capitalised words the story uses as nouns of their own, not only before one: possessive or
 * before a verb ("Lederne's leader", "Lederne rejected"), unlike "Sunni fighters".
 */
function standaloneWords(scans: readonly SentenceTokens[], words: WordKnowledge): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of scans) {
    tokens.forEach((t, i) => {
      if (t.word && t.cap && (t.possessive || isFiniteVerb(tokens[i + 1], words))) found.add(t.key);
    });
  }
  return found;
}

/** Tries the recognisers in order at each word; a word none of them reads names nothing. */
function readSentence(scan: SentenceScan): void {
  let i = 0;
  while (i < scan.tokens.length) i = scan.tokens[i]?.word ? (readMentionAt(scan, i) ?? i + 1) : i + 1;
}

/** Where the first recogniser that applies at token i lets the scan go on; null when none does. */
function readMentionAt(scan: SentenceScan, i: number): number | null {
  for (const recognise of RECOGNISERS) {
    const next = recognise(scan, i);
    if (next !== null) return next;
  }
  return null;
}

// Endings of English word forms, for words the lexicon lacks ("supporters", "reportedly").
const INFLECTION_RE = /(?:s|ed|ing|ly)$/;

/** Whether the lower-case rest of a glued token reads as an English word. */
function isWordLike(rest: string, words: WordKnowledge): boolean {
  return words.isCommonWord(rest) || words.isVerbForm(rest) || INFLECTION_RE.test(rest);
}
