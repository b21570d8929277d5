import type { LexiconEntry, Gazetteer } from "./gazetteer.js";
import type { WordKnowledge } from "./lexicon/names.js";
import {
  ADMIN_DIVISION_NOUNS,
  CAMP_MODIFIERS,
  FEATURE_PLURALS,
  GEOGRAPHIC_HEADS,
  LANDMARK_HEADS,
  PLACE_DESIGNATIONS,
} from "./lexicon/landmarks.js";
import { CALENDAR_NAMES, DATE_WORDS } from "./lexicon/calendar-words.js";
import { CURRENCY_NOUNS } from "./lexicon/countries.js";
import { DETERMINERS, FUNCTION_WORDS, PHRASE_END_WORDS } from "./lexicon/function-words.js";
import { NAME_PARTICLES, NAME_SUFFIXES } from "./lexicon/name-parts.js";
import { NON_STATE_HEADS } from "./lexicon/people-nouns.js";
import { LOCATIVE_PREPOSITIONS, PLACE_MODIFIERS, SETTLEMENT_NOUNS } from "./lexicon/place-cues.js";
import {
  BROADCAST_WORDS,
  namesOneBody,
  NOT_A_BODY_HEADS,
  ORGANIZATION_DESCRIPTORS,
  ORGANIZATION_LEAD_WORDS,
  type OrganizationCategory,
  POSTED_HEADS,
  VOICE_NOUNS,
} from "./lexicon/organizations.js";
import { isSpeechVerb, SPEECH_NOUNS } from "./lexicon/speech-verbs.js";
import { PORTFOLIO_WORDS, TERRITORIAL_TITLES, TITLE_MODIFIERS } from "./lexicon/titles.js";
import type { PlaceKind } from "../domain/types.js";
import type { EntityKind, QuoteSpan, Sentence } from "./model.js";
import { insideQuote } from "./quote-spans.js";
import type { TokenIndex } from "./token-index.js";
import { unglueName, type Token } from "./tokens.js";

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

interface SentenceScan {
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
}

/** What a stage says about a mention; every field it leaves out takes its empty value. */
type CandidateFields = Pick<MentionCandidate, "kind"> &
  Partial<
    Omit<MentionCandidate, "sentence" | "start" | "end" | "surface" | "inQuote" | "kind" | "definedName">
  >;

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
  definedName: string | null,
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
    definedName,
    acting: c.acting ?? true,
    qualifier: c.qualifier ?? false,
    placeKind: c.placeKind ?? null,
    kind: c.kind,
  };
}

const GLUED_RE = /\p{Ll}\p{Lu}/u;
const ELIDED_PARTICLE_RE = /^[dl]['’]\p{Lu}/u;
const ALL_CAPS_RE = /^\p{Lu}{2,}$/u;
// An unknown all-capitals word that may name an organisation ("KTN"); longer ones are headings.
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
const DEFINED_ACRONYM_RE = /^\p{Lu}{2,8}$/u;
// Words between "known" and "as": "known in Brazil as", "known locally as".
const MAX_KNOWN_AS_GAP = 4;
// Adjectives of nationality the gazetteer lacks: "the Bavarian state", "the Kurdish region".
const NATIONALITY_SUFFIX_RE = /(?:ian|ean|ish|ese)$/;
// Endings of abstract nouns that name portfolios: "Administration", "Management", "Security".
const PORTFOLIO_SUFFIX_RE = /(?:tion|sion|ment|ism|ity|ics|ure)$/;
// A verb after a coordinated partner: "Sudan's army and the paramilitary RSF agreed".
const MAX_COORDINATED_WORDS = 10;
/** What an appositive says a name is. */
type Appositive = "person" | "organization" | "city" | "region";
// Words between an appositive's comma and its head noun: ", the Karachi-based daily".
const MAX_APPOSITIVE_MODIFIERS = 5;

// Capitalised words of an office before its title: "National Anti-Terrorism Prosecutor".
const MAX_OFFICE_WORDS = 5;
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
  // Seldom needed: read on the first question.
  let standalone: Set<string> | null = null;
  const isStandalone = (key: string): boolean => {
    standalone ??= standaloneWords(scans, gazetteer.words);
    return standalone.has(key);
  };
  const isKnownName = (key: string): boolean => (capCount.get(key) ?? 0) >= 1 && !lower.has(key);

  const out: MentionCandidate[] = [];
  for (const scan of scans) {
    const tokens = scan.tokens.map((t) => {
      // Only a lower-case word with a capital inside, or a rare long capitalised word, may be glued.
      const candidate = t.cap ? t.text.length >= 7 && (capCount.get(t.key) ?? 0) <= 1 : GLUED_RE.test(t.text);
      if (!t.word || !candidate || gazetteer.match([t], 0)) return t;
      const part = unglueName(t, (k) => k !== t.key && isKnownName(k));
      // "Netanyahuadmitted" sheds a word; "Parisotto" is a longer name that starts like "Paris".
      if (!part || (part.start === t.start && !isWordLike(t.key.slice(part.key.length), gazetteer.words)))
        return t;
      return part;
    });
    new SentenceScanner({ ...scan, tokens }, input, { lower, isStandalone }, out).run();
  }
  return out;
}

/**
 * Capitalised words the story uses as nouns of their own, not only before one: possessive or
 * before a verb ("Lederne's leader", "Lederne rejected"), unlike "Sunni fighters".
 */
function standaloneWords(scans: readonly SentenceScan[], words: WordKnowledge): Set<string> {
  const found = new Set<string>();
  for (const { tokens } of scans) {
    tokens.forEach((t, i) => {
      if (t.word && t.cap && (t.possessive || isFiniteVerb(tokens[i + 1], words))) found.add(t.key);
    });
  }
  return found;
}

/** A finite verb: what makes the words around a name a clause it takes part in. */
function isFiniteVerb(t: Token | undefined, words: WordKnowledge): boolean {
  if (!t?.word || t.cap) return false;
  return isSpeechVerb(t) || words.isVerbForm(t.key) || t.key.endsWith("ed");
}

// Endings of English word forms, for words the lexicon lacks ("supporters", "reportedly").
const INFLECTION_RE = /(?:s|ed|ing|ly)$/;

/** Whether the lower-case rest of a glued token reads as an English word. */
function isWordLike(rest: string, words: WordKnowledge): boolean {
  return words.isCommonWord(rest) || words.isVerbForm(rest) || INFLECTION_RE.test(rest);
}

function isVoiceNoun(t: Token | undefined): boolean {
  return t?.word === true && !t.cap && (SPEECH_NOUNS.has(t.key) || VOICE_NOUNS.has(t.key));
}

/** Length of a person-name run starting at i: capitalised words, initials, particles, suffixes. */
function nameRun(tokens: readonly Token[], i: number): number {
  let j = i;
  let words = 0;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t) break;
    const next = tokens[j + 1];
    // "Quai d'Orsay", "Valentino d'Alessio": an elided particle glued to a name.
    const nameWord = t.cap || (words > 0 && ELIDED_PARTICLE_RE.test(t.text));
    if (t.word && nameWord && !ALL_CAPS_RE.test(t.text) && !CALENDAR_NAMES.has(t.key)) {
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
    if (t.word && NAME_PARTICLES.has(t.key) && words > 0) {
      // "von der Leyen", "da Silva": particles lead to a capitalised name.
      let k = j;
      while (tokens[k]?.word && NAME_PARTICLES.has(tokens[k]?.key ?? "")) k++;
      if (tokens[k]?.cap) {
        j = k;
        continue;
      }
    }
    const prev = tokens[j - 1];
    if (t.text === "-" && words > 0 && next?.cap && next.start === t.end && prev?.end === t.start) {
      j++;
      continue;
    }
    // "Growers’ Association", "Farmers' Union": a plural possessive inside a name.
    if (
      (t.text === "’" || t.text === "'") &&
      words > 0 &&
      prev?.end === t.start &&
      prev.key.endsWith("s") &&
      next?.word &&
      next.cap &&
      next.start > t.end
    ) {
      j++;
      continue;
    }
    break;
  }
  // Trailing suffix "Jr." belongs to the name.
  const last = tokens[j];
  if (words > 0 && last && NAME_SUFFIXES.has(last.key)) j += tokens[j + 1]?.text === "." ? 2 : 1;
  return words === 0 ? 0 : j - i;
}

function nameTokensOf(tokens: readonly Token[]): string[] {
  return tokens
    .filter(
      (t) =>
        t.word &&
        (t.cap || ELIDED_PARTICLE_RE.test(t.text)) &&
        !(t.text.length === 1) &&
        !NAME_SUFFIXES.has(t.key),
    )
    .map((t) => t.text);
}

/** How the whole article uses its words, learnt in the first pass. */
interface ArticleUsage {
  /** Words it also writes in lower case. */
  readonly lower: ReadonlySet<string>;
  /** Whether it uses a capitalised word as a noun of its own. */
  readonly isStandalone: (key: string) => boolean;
}

/** Reads the mentions of one sentence; one instance per sentence. */
class SentenceScanner {
  private readonly tokens: readonly Token[];
  private readonly text: string;
  private readonly quotes: readonly QuoteSpan[];
  private readonly gazetteer: Gazetteer;
  private readonly words: WordKnowledge;
  private readonly titleCase: boolean;
  private readonly firstWord: number;
  private readonly produced: { from: number; to: number; index: number }[] = [];

  private readonly lower: ReadonlySet<string>;
  private readonly isStandalone: (key: string) => boolean;

  constructor(
    private readonly scan: SentenceScan,
    input: MentionInput,
    usage: ArticleUsage,
    private readonly out: MentionCandidate[],
  ) {
    this.lower = usage.lower;
    this.isStandalone = usage.isStandalone;
    this.text = input.text;
    this.quotes = input.quotes;
    this.gazetteer = input.gazetteer;
    this.words = input.gazetteer.words;
    this.tokens = scan.tokens;
    this.titleCase = scan.sentence.kind !== "body";
    this.firstWord = scan.tokens.findIndex((t) => t.word);
  }

  private emit(from: number, to: number, c: CandidateFields, definedName: string | null = null): void {
    this.produced.push({ from, to, index: this.out.length });
    this.out.push(buildCandidate(this.scan, from, to, this.quotes, this.text, c, definedName));
  }

  private textOf(from: number, to: number): string {
    return this.text.slice(this.tokens[from]?.start ?? 0, this.tokens[to - 1]?.end ?? 0).replace(/\s+/g, " ");
  }

  /** Marks the mentions that end right before token i (modifiers allowed between) as qualifiers. */
  private qualifiersBefore(i: number): { countryCode: string | null; from: number } {
    const { tokens, produced, out } = this;
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
    return { countryCode, from };
  }

  run(): void {
    const { tokens, gazetteer, words, titleCase, firstWord } = this;
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
        i = this.handleEntry(match.entry, match.length, i);
        continue;
      }
      if (!titleCase && ACRONYM_RE.test(t.text)) {
        // Resolution keeps it when the text defines it or the context makes it an organisation.
        this.emit(i, i + 1, {
          kind: "organization",
          nameTokens: [t.text],
          cue:
            isSpeechVerb(tokens[i + 1]) || this.reportingContextBefore(i, i + 1, false) ? "speech" : "none",
        });
        i++;
        continue;
      }
      if (t.cap && !titleCase && !FUNCTION_WORDS.has(t.key)) {
        const next = this.handleCuedPlace(i);
        if (next > i) {
          i = next;
          continue;
        }
        const titleEnd = i === firstWord ? i : this.officeTitleEnd(i);
        if (titleEnd > i) {
          i = this.handleTitle(i, titleEnd);
          continue;
        }
      }
      if (!t.cap || FUNCTION_WORDS.has(t.key)) {
        i++;
        continue;
      }
      i = this.handleRun(i);
    }
  }

  /** How strongly the words before token i announce a place name. */
  private placeCue(i: number): "strong" | "weak" | null {
    const { tokens } = this;
    if (tokens[i - 1]?.key === "of" && SETTLEMENT_NOUNS.has(tokens[i - 2]?.key ?? "")) return "strong";
    if (this.listedAfterPlace(i)) return "weak";
    for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_PLACE_MODIFIERS; k--) {
      const t = tokens[k];
      if (!t || t.cap) return null;
      if (LOCATIVE_PREPOSITIONS.has(t.key)) return "weak";
      const hyphenated = t.text === "-" || tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-";
      if (!hyphenated && !PLACE_MODIFIERS.has(t.key)) return null;
    }
    return null;
  }

  /** "in Mulhouse, Colmar and Épinal": whether the name at token i continues a list that a place opens. */
  private listedAfterPlace(i: number): boolean {
    const { tokens, produced, out } = this;
    let k = i - 1;
    if (tokens[k]?.key === "and" || tokens[k]?.key === "or") k -= tokens[k - 1]?.text === "," ? 1 : 0;
    else if (tokens[k]?.text !== ",") return false;
    const prev = produced[produced.length - 1];
    const kind = prev?.to === k ? out[prev.index]?.kind : undefined;
    return kind === "place" || kind === "country";
  }

  /** A town below the cue-less population threshold, read only after a place cue. */
  private handleCuedPlace(i: number): number {
    const { tokens, gazetteer, words, lower } = this;
    // "in March": a month, even where a town bears its name.
    if (DATE_WORDS.has(tokens[i]?.key ?? "")) return i;
    const cue = this.placeCue(i);
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
      this.emit(i, end, { kind: "place", entry: place.entry });
      return end;
    }
    if (cue !== "strong") return i;
    // "the village of X": a place, even one the gazetteer does not know.
    const run = nameRun(tokens, i);
    if (run === 0) return i;
    this.emit(i, i + run, { kind: "place", placeKind: "city" });
    return i + run;
  }

  /** Whether "the" opens the phrase of token i, maybe before its modifiers ("the larger and more moderate"). */
  private definiteBefore(i: number): boolean {
    const { tokens } = this;
    for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_APPOSITIVE_MODIFIERS; k--) {
      const t = tokens[k];
      if (t?.key === "the") return true;
      if (!t?.word || t.cap) return false;
    }
    return false;
  }

  /**
   * Whether the institution noun at tokens [at, to) (its country from `from`) is a body
   * taking part in the sentence: capitalised ("Indian Navy"), a ministry, or a subject,
   * an agent or an object of a verb.
   */
  private acts(at: number, to: number, head: string, from = at): boolean {
    const { tokens, words } = this;
    if (tokens[at]?.cap || namesOneBody(head)) return true;
    // "the foreign ministry, known as X, said": the verb after the other name.
    let k = this.definedNameAt(to)?.end ?? to;
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

  /**
   * Words around the name at tokens [from, to) that make it an organisation: "state
   * broadcaster X", "the federation, X, said", "told (the) X", "in an interview with
   * (the) X", "according to (the) X". A bare single word needs the article: "told Ruto"
   * names a person.
   */
  private reportingContextBefore(from: number, to: number, needsArticle: boolean): boolean {
    const { tokens } = this;
    let k = from - 1;
    const article = tokens[k]?.key === "the";
    if (article) k--;
    if (tokens[k]?.text === ",") {
      const w = tokens[k - 1];
      return (
        w?.word === true &&
        !w.cap &&
        ORGANIZATION_DESCRIPTORS.has(w.key) &&
        tokens[to]?.text === "," &&
        !this.complementBefore(k - 1)
      );
    }
    const w = tokens[k];
    if (!w?.word || w.cap) return false;
    if (ORGANIZATION_DESCRIPTORS.has(w.key)) return true;
    if (needsArticle && !article) return false;
    const prev = tokens[k - 1]?.key;
    return (
      w.key === "told" ||
      (w.key === "with" && prev === "interview") ||
      (w.key === "to" && prev === "according") ||
      (w.key === "by" && prev === "interviewed")
    );
  }

  /**
   * Whether the noun at token n ends the complement of another noun: "the president of the
   * mosque's association, Jane Roe," or "the spokesman for the growers' union, Jane Roe," puts a
   * president or a spokesman, not the body, beside her name.
   */
  private complementBefore(n: number): boolean {
    const { tokens, words } = this;
    for (let k = n - 1; k >= 0 && k >= n - 1 - MAX_APPOSITIVE_MODIFIERS; k--) {
      const t = tokens[k];
      if (t?.key === "of" || t?.key === "for") return true;
      // "growers' union": the apostrophe of a plural possessive.
      if (t?.text === "'" || t?.text === "’") continue;
      if (!t?.word || t.cap || isFiniteVerb(t, words)) return false;
    }
    return false;
  }

  /**
   * What an appositive after the name at token `end` says it is: "X, who …" or "X, the
   * governor of …" a person; "X, the Karachi-based newspaper," an organisation; "X, a
   * city of …" a town and "X, a province in …" a region.
   */
  private appositiveAfter(end: number): Appositive | null {
    const { tokens } = this;
    if (tokens[end]?.text !== ",") return null;
    const k = end + 1;
    if (tokens[k]?.key === "who") return "person";
    const first = tokens[k];
    if (!first) return null;
    // ", spokeswoman for …": the head noun right after the comma.
    const bare = this.appositiveHead(k);
    if (bare || !(first.key === "the" || first.key === "a" || first.key === "an" || first.possessive))
      return bare;
    // ", the Karachi-based newspaper", ", the Wall Street bank", ", Pakistan's prime minister".
    for (let n = k + 1; n <= k + 1 + MAX_APPOSITIVE_MODIFIERS; n++) {
      const t = tokens[n];
      if (!t) return null;
      const found = this.appositiveHead(n);
      if (found) return found;
      const hyphenated = t.text === "-" || tokens[n + 1]?.text === "-" || tokens[n - 1]?.text === "-";
      const modifier =
        hyphenated || t.possessive || (t.word && !FUNCTION_WORDS.has(t.key) && !isFiniteVerb(t, this.words));
      if (!modifier) return null;
    }
    return null;
  }

  /**
   * A title ("governor"), an organisation noun ("newspaper") or a settlement noun ("town")
   * heading an appositive at token k. A settlement noun must end its phrase: "a village
   * elder" is a person.
   */
  private appositiveHead(k: number): Appositive | null {
    const { tokens } = this;
    const t = tokens[k];
    if (this.gazetteer.match(tokens, k)?.entry.type === "title") return "person";
    if (!t?.word || t.cap || t.possessive) return null;
    if (ORGANIZATION_DESCRIPTORS.has(t.key)) return "organization";
    const next = tokens[k + 1];
    if (SETTLEMENT_NOUNS.has(t.key) && (!next?.word || PHRASE_END_WORDS.has(next.key)))
      return ADMIN_DIVISION_NOUNS.has(t.key) ? "region" : "city";
    return null;
  }

  /** "(NSC)", ", known as X", "known in Brazil as X" right after token k - 1: the name and where it ends. */
  private definedNameAt(k: number): { name: string; end: number } | null {
    const { tokens } = this;
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
    const run = nameRun(tokens, from);
    if (run === 0) return null;
    const end = from + run;
    return { name: this.textOf(from, end), end: tokens[end]?.text === ")" ? end + 1 : end };
  }

  /**
   * "Geological Survey (BGS)": a name the text abbreviates by its words' initials, maybe
   * after those of a qualifier ("British"), is a body's, unless it names an agreement, a law or
   * another thing ("Free Trade Agreement (FTA)"); "Jane Roe (BJP)" names her party.
   */
  private abbreviatedByInitials(runTokens: readonly Token[], end: number): boolean {
    const { tokens } = this;
    const acronym = tokens[end + 1]?.text ?? "";
    if (
      tokens[end]?.text !== "(" ||
      tokens[end + 2]?.text !== ")" ||
      !DEFINED_ACRONYM_RE.test(acronym) ||
      NOT_A_BODY_HEADS.has(tokens[end - 1]?.key ?? "")
    )
      return false;
    let initials = "";
    for (const t of runTokens) if (t.word && t.cap) initials += t.key.charAt(0).toUpperCase();
    return initials.length >= 2 && acronym.endsWith(initials);
  }

  /** Emits an organisation or a place with the other name the text may give it next. */
  private emitNamed(from: number, to: number, c: CandidateFields): number {
    const defined = this.definedNameAt(to);
    this.emit(from, to, c, defined?.name ?? null);
    return defined?.end ?? to;
  }

  private handleEntry(entry: LexiconEntry, length: number, i: number): number {
    const { tokens, gazetteer, titleCase, produced, out } = this;
    const end = i + length;
    const next = gazetteer.match(tokens, end);
    const nextToken = tokens[end];
    switch (entry.type) {
      case "title":
        return this.handleTitle(i, end);
      case "institution": {
        if (titleCase) return end;
        const category = entry.category;
        // "the Government of Kenya": the institution of the country named after it.
        let at = end;
        if (tokens[at]?.key === "of") at++;
        if (at > end && tokens[at]?.key === "the") at++;
        const of = at > end ? gazetteer.match(tokens, at) : null;
        if (of?.entry.type === "country") {
          const stop = at + of.length;
          this.emit(at, stop, { kind: "country", entry: of.entry, qualifier: true });
          return this.emitNamed(i, stop, {
            kind: "organization",
            institution: { countryCode: of.entry.country.code, head: entry.head, category },
            acting: this.acts(i, stop, entry.head),
          });
        }
        // Alone, a capitalised institution ("the Foreign Ministry", "the Coast Guard") is the
        // article's body of that name; a lower-case one only when it speaks ("the foreign ministry said").
        if (!tokens[i]?.cap && !isSpeechVerb(nextToken)) return end;
        // "the Military Observer Group": the start of a longer name.
        if (nextToken?.word && nextToken.cap) return this.handleRun(i);
        return this.emitNamed(i, end, {
          kind: "organization",
          institution: { countryCode: null, head: entry.head, category },
        });
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
          const instEnd = at + inst.length;
          this.emit(i, end, { kind: "country", entry, qualifier: true });
          return this.emitNamed(i, coordinated ? end : instEnd, {
            kind: "organization",
            institution: { countryCode: code, head: inst.entry.head, category: inst.entry.category },
            acting: this.acts(at, instEnd, inst.entry.head, i),
          });
        }
        // "U.S. dollars": a currency, not the state.
        if (nextToken && !nextToken.cap && CURRENCY_NOUNS.has(nextToken.key)) return end;
        if (this.namedAfterPlace(i, end)) return end + 1;
        if (this.featureListAt(end)) {
          // "the Timor and Arafura seas": a sea named after the country, not the country.
          if (entry.type === "country") this.emit(i, end, { kind: "place", placeKind: "region" });
          return end;
        }
        // "France Inter radio": a body named after its country, as the noun after the name says.
        if (entry.type === "country" && nextToken?.cap && !next) {
          const run = nameRun(tokens, end);
          const noun = tokens[end + run];
          if (run > 0 && noun?.word && !noun.cap && ORGANIZATION_DESCRIPTORS.has(noun.key))
            return this.emitNamed(i, end + run, { kind: "organization" });
        }
        if (entry.type === "demonym") {
          // "Australian waters", but "the Australian Border Force" names a body (not in a headline).
          const nonState = nextToken && NON_STATE_HEADS.has(nextToken.key) && (!nextToken.cap || titleCase);
          if (nextToken?.text === "-" || nonState) return end;
          if (tokens[i]?.text.endsWith("s") && entry.country.demonyms.every((d) => d !== tokens[i]?.text))
            return end;
        }
        this.emit(i, end, { kind: "country", entry });
        return end;
      }
      case "organization": {
        // "Elysee Palace": the building, a place; the bare "Elysee" may still act for its occupant.
        if (this.namedAfterPlace(i, end)) return end + 1;
        // "Peru's Congress": another country's body of the same name.
        const prev = produced[produced.length - 1];
        const before = prev?.to === i ? out[prev.index]?.entry : undefined;
        const home = entry.org.countryCode;
        if (
          home &&
          entry.org.category === "government" &&
          (before?.type === "country" || before?.type === "demonym") &&
          before.country.code !== home
        ) {
          return this.emitNamed(i, end, {
            kind: "organization",
            institution: {
              countryCode: this.qualifiersBefore(i).countryCode,
              head: this.textOf(i, end),
              category: entry.org.category,
            },
          });
        }
        // "ABC Radio Brisbane", "BBC World Service": an outlet's station or service, a body of its own.
        if (entry.org.category === "media" && nextToken?.cap && BROADCAST_WORDS.has(nextToken.key))
          return this.emitNamed(i, end + nameRun(tokens, end), { kind: "organization" });
        return this.emitNamed(i, end, { kind: "organization", entry });
      }
      case "region":
      case "city":
        if (this.namedAfterPlace(i, end)) return end + 1;
        this.emit(i, end, { kind: "place", entry });
        return end;
    }
  }

  /**
   * "the Gudrun, Gina Krog and Oseberg East fields", "the Timor and Arafura seas": whether the
   * name ending at token k is one of a list of names that a plural noun of features closes.
   */
  private featureListAt(k: number): boolean {
    const { tokens } = this;
    let n = k;
    for (;;) {
      const t = tokens[n];
      if (t?.text !== "," && t?.key !== "and" && t?.key !== "or")
        return t?.word === true && !t.cap && FEATURE_PLURALS.has(t.key);
      n += tokens[n + 1]?.key === "and" ? 2 : 1;
      const run = nameRun(tokens, n);
      if (run === 0) return false;
      n += run;
    }
  }

  /** "I'm Jane Roe and I'll be with you today": the writer introducing herself before token i, outside a quote. */
  private selfIntroduction(i: number): boolean {
    const { tokens } = this;
    const before = tokens[i - 1]?.key;
    const intro =
      before === "i'm" ||
      (before === "am" && tokens[i - 2]?.key === "i") ||
      (before === "is" && tokens[i - 2]?.key === "name" && tokens[i - 3]?.key === "my");
    return intro && insideQuote(this.quotes, tokens[i]?.start ?? 0) === undefined;
  }

  /**
   * "the Shangri-La Hotel", "Scarborough Shoal", "Elysee Palace": a building or a natural
   * feature named after the place or the body at tokens [i, end); emits it as a place.
   */
  private namedAfterPlace(i: number, end: number): boolean {
    const head = this.tokens[end];
    if (!head?.cap) return false;
    if (LANDMARK_HEADS.has(head.key)) this.emit(i, end + 1, { kind: "place", placeKind: "landmark" });
    else if (GEOGRAPHIC_HEADS.has(head.key)) this.emit(i, end + 1, { kind: "place", placeKind: "region" });
    else return false;
    return true;
  }

  /** "governor of Kiambu", "mayor of Mafa": emits the place a title governs; returns its end, or k. */
  private territoryEnd(k: number, kind: PlaceKind): number {
    const { tokens, gazetteer, words } = this;
    const known = gazetteer.match(tokens, k);
    if (known?.entry.type === "city" || known?.entry.type === "region") {
      this.emit(k, k + known.length, { kind: "place", entry: known.entry });
      return k + known.length;
    }
    let end = k;
    // "Governor of Kiambu Ruth Wanjiku": the name starts with a given name.
    while (tokens[end]?.word && tokens[end]?.cap && !words.isGivenName(tokens[end]?.key ?? "")) end++;
    // "Governor of the Central Bank": an institution, not a territory.
    if (end === k || words.isOrganizationWord(tokens[end - 1]?.key ?? "")) return k;
    this.emit(k, end, { kind: "place", placeKind: kind });
    return end;
  }

  /** A word of a portfolio: "Minister of Labour and Social Protection". */
  private isPortfolioWord(t: Token | undefined): boolean {
    if (!t?.word || !t.cap) return false;
    return PORTFOLIO_WORDS.has(t.key) || (PORTFOLIO_SUFFIX_RE.test(t.key) && !this.words.isGivenName(t.key));
  }

  /** The end of the portfolio after "of"/"for" at token j ("of Trade, Industry and Tourism"), or j. */
  private portfolioEnd(j: number): number {
    const { tokens } = this;
    let k = j + 1;
    if (tokens[k]?.key === "the") k++;
    let end = j;
    for (;;) {
      const start = k;
      while (this.isPortfolioWord(tokens[k])) k++;
      if (k === start) return end;
      end = k;
      const joint = tokens[k];
      let next = k + 1;
      if (joint?.key === "and" || joint?.text === "&" || joint?.key === "of" || joint?.key === "for") {
        if (tokens[next]?.key === "the") next++;
      } else if (joint?.text !== ",") return end;
      if (!this.isPortfolioWord(tokens[next])) return end;
      k = next;
    }
  }

  /** Past the titles chained from token j: "Chief Cabinet Secretary", "Deputy Foreign Minister". */
  private titleChainEnd(j: number): number {
    const { tokens, gazetteer } = this;
    let end = j;
    for (
      let next = gazetteer.match(tokens, end);
      next?.entry.type === "title";
      next = gazetteer.match(tokens, end)
    )
      end += next.length;
    return end;
  }

  /**
   * The end of a title closing the capitalised words from token i ("Trade Minister", "National
   * Anti-Terrorism Prosecutor"), or i: an office the title list lacks. Past the second word only
   * a name after the title tells an office from a body's name ("Central Bank Governor Jane Roe",
   * but "the Anti-Terrorism Prosecutor's Office").
   */
  private officeTitleEnd(i: number): number {
    const { tokens, gazetteer } = this;
    for (let k = i + 1; k <= i + MAX_OFFICE_WORDS; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (!t || prev?.possessive) return i;
      // "Anti-Terrorism": a hyphen inside the office's name.
      if (t.text === "-" && t.start === prev?.end) continue;
      if (!t.word || !t.cap) return i;
      const title = gazetteer.match(tokens, k);
      if (title?.entry.type !== "title") continue;
      const end = k + title.length;
      const after = tokens[end];
      const named =
        after?.word === true &&
        after.cap &&
        !tokens[end - 1]?.possessive &&
        !gazetteer.match(tokens, end) &&
        !this.organizationRun(end);
      return k === i + 1 || named ? end : i;
    }
    return i;
  }

  private handleTitle(i: number, titleEnd: number): number {
    const { tokens, text, gazetteer, produced, out } = this;
    const qual = this.qualifiersBefore(i);
    let countryCode = qual.countryCode;
    let j = this.titleChainEnd(titleEnd);
    // "General Directorate for Internal Security": a capitalised title opening a body's name.
    if (
      !this.titleCase &&
      tokens.slice(i, j).every((t) => t.cap || !t.word) &&
      !tokens[j - 1]?.possessive &&
      this.organizationRun(j)
    )
      return this.handleRun(i);
    const governs = TERRITORIAL_TITLES[tokens[j - 1]?.key ?? ""];
    const ofMentions: number[] = [];
    // "spokesperson of the EU", "President of the USA", "Minister of Trade and Industry of Ghana".
    for (let n = 0; n < 2 && (tokens[j]?.key === "of" || tokens[j]?.key === "for"); n++) {
      let k = j + 1;
      if (tokens[k]?.key === "the") k++;
      const of = gazetteer.match(tokens, k);
      if (of && ["organization", "country", "demonym"].includes(of.entry.type)) {
        const producedBefore = produced.length;
        j = this.handleEntry(of.entry, of.length, k);
        // "spokesperson of the Kenyan Growers’ Association": the nationality starts the body's name.
        if (of.entry.type !== "organization" && this.organizationRun(j)) j = this.handleRun(j);
        for (const p of produced.slice(producedBefore)) ofMentions.push(p.index);
        continue;
      }
      const portfolio = this.portfolioEnd(j);
      const territory = portfolio === j && governs ? this.territoryEnd(k, governs) : k;
      if (portfolio === j && territory === k) break;
      j = Math.max(portfolio, territory);
    }
    const roleEnd = j;
    if (tokens[j]?.text === ",") j++;
    // ", Major General Jane Roe": a rank before the name.
    if (tokens[j]?.cap) j = this.titleChainEnd(j);
    // "the premier Indonesian Wirawan": a nationality between the title and the name.
    const nationality = gazetteer.match(tokens, j);
    if (nationality?.entry.type === "demonym" && tokens[j + nationality.length]?.cap) {
      this.emit(j, j + nationality.length, { kind: "country", entry: nationality.entry, qualifier: true });
      countryCode ??= nationality.entry.country.code;
      j += nationality.length;
    }
    let run = nameRun(tokens, j);
    if (this.titleCase) {
      // Headlines capitalise every word: the name ends at the first ordinary one ("Minister Mulls Arbitration").
      const common = tokens
        .slice(j, j + run)
        .findIndex((t) => t.word && this.words.isCommonWord(t.key) && !this.words.isGivenName(t.key));
      if (common >= 0) run = common;
    }
    const runTokens = tokens.slice(j, j + run);
    const names = nameTokensOf(runTokens);
    // The run must not be another known entity or an institution ("Foreign Ministry").
    const entityAt = runTokens.length > 0 ? gazetteer.match(tokens, j) : null;
    if (
      names.length === 0 ||
      entityAt?.entry.type === "institution" ||
      (names.length === 1 && entityAt && entityAt.entry.type !== "title") ||
      this.organizationRun(j)
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
    this.emit(j, j + run, {
      kind: "person",
      nameTokens: names,
      cue: "title",
      role,
      countryCode,
    });
    return j + run;
  }

  /** Whether the name run at token j ends with an organisation word ("Growers’ Association"). */
  private organizationRun(j: number): boolean {
    const run = nameRun(this.tokens, j);
    return run > 0 && this.words.isOrganizationWord(this.tokens[j + run - 1]?.key ?? "");
  }

  /** The end of "of/for …" completing an organisation name at token j: "Ministry of Foreign and Diaspora Affairs". */
  private organizationOfEnd(j: number): number {
    const { tokens, gazetteer } = this;
    let k = j + 1;
    if (tokens[k]?.key === "the") k++;
    let end = j;
    for (;;) {
      const start = k;
      while (tokens[k]?.word && tokens[k]?.cap && !DATE_WORDS.has(tokens[k]?.key ?? "")) {
        k++;
        if (tokens[k - 1]?.possessive) break;
      }
      if (k === start) return end;
      end = k;
      if (tokens[k - 1]?.possessive) return end;
      const joint = tokens[k];
      let next = k + 1;
      if (joint?.key === "and" || joint?.text === "&" || joint?.key === "of" || joint?.key === "for") {
        if (tokens[next]?.key === "the") next++;
      } else if (joint?.text !== "," || !this.listContinues(next)) return end;
      // "Ministry of Energy and Interior Secretary X": the next title or country starts something else.
      const other = gazetteer.match(tokens, next)?.entry.type;
      if (!tokens[next]?.cap || other === "title" || other === "demonym") return end;
      k = next;
    }
  }

  /** Whether a country, a region or a city the gazetteer knows starts at token k. */
  private placeAt(k: number): boolean {
    const type = this.gazetteer.match(this.tokens, k)?.entry.type;
    return type === "country" || type === "region" || type === "city";
  }

  /** After a comma at token k - 1: "Industry and Trade", the rest of an "A, B and C" list. */
  private listContinues(k: number): boolean {
    const { tokens } = this;
    for (let n = k; n < tokens.length; n++) {
      const t = tokens[n];
      if (t?.word && t.cap) continue;
      return n > k && (t?.key === "and" || t?.text === "&");
    }
    return false;
  }

  /**
   * A capitalised run ending with an organisation word, with its "of …" complement,
   * the known organisation or the country before it ("UN Office for …", "India's
   * High Commission", "Kenya Ports Authority") and the name the text defines after it.
   */
  private handleOrganization(from: number, end: number, names: readonly string[]): number {
    const { tokens, gazetteer, words, produced, out } = this;
    const lastKey = tokens[end - 1]?.key ?? "";
    const joint = tokens[end]?.key;
    // "Intergovernmental Authority on Development", but "the Commission on Ukraine" speaks about a place.
    const complement =
      joint === "of" ||
      joint === "for" ||
      (joint === "on" && !this.placeAt(tokens[end + 1]?.key === "the" ? end + 2 : end + 1));
    let stop =
      complement && words.isOrganizationWord(lastKey) ? Math.max(end, this.organizationOfEnd(end)) : end;
    // "the Agreement of Association of …": the run completes the name of something else, but
    // not of a person ("Jane Roe of the Movement for Socialism").
    let p = from - 1;
    if (tokens[p]?.key === "the") p--;
    const outer = tokens[p - 1];
    const prev = produced[produced.length - 1];
    if (
      (tokens[p]?.key === "of" || tokens[p]?.key === "for") &&
      outer?.word &&
      outer.cap &&
      !words.isOrganizationWord(outer.key) &&
      gazetteer.match(tokens, p - 1)?.entry.type !== "title" &&
      !(
        prev?.to === p &&
        out[prev.index]?.kind === "person" &&
        (out[prev.index]?.nameTokens.length ?? 0) >= 2
      )
    )
      return stop;
    let start = from;
    let countryCode: string | null = null;
    const before = prev?.to === from ? out[prev.index] : undefined;
    if (prev && before?.kind === "organization" && before.administrationOf === null) {
      // "UN Office for …", "AU Commission", "Polish Armed Forces Operational Command": the
      // parent organisation is part of the name.
      produced.pop();
      out.splice(prev.index, 1);
      start = prev.from;
    } else if (before?.entry?.type === "country" || before?.entry?.type === "demonym") {
      ({ countryCode, from: start } = this.qualifiersBefore(from));
      // "Kenya Ports Authority", "India Meteorological Department": the country's name is part of the
      // body's, not a mention of the country; "India's High Commission" is one.
      if (before.entry.type === "country" && start === prev?.from && !tokens[from - 1]?.possessive) {
        produced.pop();
        out.splice(prev.index, 1);
      }
    }
    if (stop === end && POSTED_HEADS.has(lastKey)) stop = this.postingEnd(end);
    if (stop === end && start === from && countryCode === null && names.length === 1) {
      // "the Commission said": a short form of an organisation, never a person.
      this.emit(from, end, { kind: "organization", nameTokens: names, cue: "none" });
      return end;
    }
    if (countryCode !== null) {
      return this.emitNamed(start, stop, {
        kind: "organization",
        institution: { countryCode, head: this.textOf(from, stop), category: null },
      });
    }
    return this.emitNamed(start, stop, { kind: "organization" });
  }

  /**
   * "Mission in Kosovo", "Mission to Moldova" after a mission's name at token k: the end of
   * the known place it serves, emitted as a qualifier, or k.
   */
  private postingEnd(k: number): number {
    const { tokens, gazetteer } = this;
    if (tokens[k]?.key !== "in" && tokens[k]?.key !== "to") return k;
    let at = k + 1;
    if (tokens[at]?.key === "the") at++;
    const place = gazetteer.match(tokens, at);
    const type = place?.entry.type;
    if (!place || (type !== "country" && type !== "region" && type !== "city")) return k;
    this.emit(at, at + place.length, {
      kind: type === "country" ? "country" : "place",
      entry: place.entry,
      qualifier: true,
    });
    return at + place.length;
  }

  /**
   * "Ethiopia's Afar region", "Kilifi County", "Evin prison", "the Kakuma refugee camp": the noun
   * after a name run (or ending it) that makes the name a place; null when there is none.
   */
  private designationAfter(
    runTokens: readonly Token[],
    end: number,
  ): { nameEnd: number; end: number; placeKind: PlaceKind } | null {
    const { tokens, words } = this;
    const names = runTokens.filter((t) => t.word);
    const first = names[0];
    const last = names[names.length - 1];
    if (!first || !last || last.possessive) return null;
    // "Kilifi County", but not the body of "Federal Department of Foreign Affairs".
    if (
      names.length >= 2 &&
      ADMIN_DIVISION_NOUNS.has(last.key) &&
      names.slice(0, -1).every((t) => this.ownName(t)) &&
      !ORGANIZATION_LEAD_WORDS.has(first.key) &&
      tokens[end]?.key !== "of" &&
      tokens[end]?.key !== "for"
    )
      return { nameEnd: end - 1, end, placeKind: "region" };
    if (!names.every((t) => this.ownName(t))) return null;
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
  private ownName(t: Token): boolean {
    return (
      !this.words.isCommonWord(t.key) && !PORTFOLIO_WORDS.has(t.key) && !NATIONALITY_SUFFIX_RE.test(t.key)
    );
  }

  private handleRun(i: number): number {
    const { tokens, quotes, gazetteer, words, titleCase, firstWord, lower } = this;
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
    const end = from + run;
    const appositive = this.appositiveAfter(end);
    if (
      first &&
      opener &&
      !appositive &&
      (FUNCTION_WORDS.has(first.key) ||
        words.isCommonWord(first.key) ||
        lower.has(first.key) ||
        first.key.endsWith("ly"))
    ) {
      // Let the main loop read what follows the opener: it may be a known entity.
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
        if (t.word && t.cap) this.emit(from + k, from + k + 1, { kind: "person", nameTokens: [t.text] });
      });
      return end;
    }
    if (this.selfIntroduction(from)) return end;
    // "the Timor and Arafura seas", but not "the Red and Black seas" (known by their full names).
    if (this.featureListAt(end)) {
      if (runTokens.every((t) => !t.word || this.ownName(t)))
        this.emit(from, end, { kind: "place", placeKind: "region" });
      return end;
    }
    const after = tokens[end];
    // A speech verb after the comma speaks for the name unless its own subject follows it:
    // "on the X, says the ministry", "at the X, claims the police denied".
    const speech =
      isSpeechVerb(after) ||
      (after?.text === "," &&
        isSpeechVerb(tokens[end + 1]) &&
        !DETERMINERS.has(tokens[end + 2]?.key ?? "")) ||
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
      this.emit(from, end + inst.length, {
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
        this.reportingContextBefore(from, end, true) ||
        (article && names.length === 1 && speech) ||
        (after?.word === true &&
          !after.cap &&
          ORGANIZATION_DESCRIPTORS.has(after.key) &&
          !runTokens[runTokens.length - 1]?.possessive &&
          this.definiteBefore(from) &&
          (names.length >= 2 || this.isStandalone(firstKey))))
    )
      return this.emitNamed(from, end, { kind: "organization" });
    if (appositive === "city" || appositive === "region")
      return this.emitNamed(from, end, { kind: "place", placeKind: appositive });
    if (names.length >= 2 && LANDMARK_HEADS.has(lastKey)) {
      this.emit(from, end, { kind: "place", placeKind: "landmark" });
      return end;
    }
    if (names.length >= 2 && GEOGRAPHIC_HEADS.has(lastKey))
      return this.emitNamed(from, end, { kind: "place", placeKind: "region" });
    const designation = this.designationAfter(runTokens, end);
    if (designation) {
      this.emit(from, designation.nameEnd, { kind: "place", placeKind: designation.placeKind });
      return designation.end;
    }
    if (organizationWord || (!givenName && this.abbreviatedByInitials(runTokens, end)))
      return this.handleOrganization(from, end, names);
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
        this.emit(from, end, { kind: "person", nameTokens: names, cue });
      } else if (this.placeCue(from)) {
        // "in Puerto Nuevo": maybe a place, which resolution keeps if the text introduces one so named.
        this.emit(from, end, { kind: "place" });
      }
      return end;
    }
    // A lone adjective of origin ("urged Asian governments") names nobody.
    if (names.length >= 1 && !words.isDemonym(firstKey)) {
      this.emit(from, end, {
        kind: "person",
        nameTokens: names.slice(0, 1),
        cue: speech ? "speech" : appositive === "person" ? "appositive" : "none",
      });
    }
    return end;
  }
}
