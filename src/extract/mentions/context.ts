import type { Gazetteer, LexiconMatch } from "../gazetteer.js";
import { FUNCTION_WORDS } from "../lexicon/function-words.js";
import type { WordKnowledge } from "../lexicon/names.js";
import { isSpeechVerb } from "../lexicon/speech-verbs.js";
import { TITLE_MODIFIERS } from "../lexicon/titles.js";
import type { QuoteSpan, Sentence } from "../model.js";
import { insideQuote } from "../quote-spans.js";
import type { Token } from "../tokens.js";
import { definedNameAt } from "./cues/known-as.js";
import type { MentionCandidate, MentionInput } from "./index.js";

/** What a recogniser says about a mention; every field it leaves out takes its empty value. */
export type CandidateFields = Pick<MentionCandidate, "kind"> &
  Partial<
    Omit<MentionCandidate, "sentence" | "start" | "end" | "surface" | "inQuote" | "kind" | "definedName">
  >;

/**
 * Reads the mention (or the words that name none) opening at token i of a sentence: returns
 * the token where the scan goes on, or null when it does not apply there.
 */
export type Recogniser = (scan: SentenceScan, i: number) => number | null;

/** How the whole article uses its words, learnt in the first pass. */
export interface ArticleUsage {
  /** Words it also writes in lower case. */
  readonly lower: ReadonlySet<string>;
  /** Whether it uses a capitalised word as a noun of its own. */
  readonly isStandalone: (key: string) => boolean;
}

/** A mention this scan emitted: its tokens [from, to) and its place in the article's list. */
interface Emitted {
  readonly from: number;
  readonly to: number;
  readonly index: number;
}

const NO_NAME_TOKENS: readonly string[] = [];

/** The state shared by the recognisers while they read one sentence; one instance per sentence. */
export class SentenceScan {
  readonly text: string;
  readonly quotes: readonly QuoteSpan[];
  readonly gazetteer: Gazetteer;
  readonly words: WordKnowledge;
  /** A headline or a heading, which capitalises every word. */
  readonly titleCase: boolean;
  readonly firstWord: number;
  private readonly emitted: Emitted[] = [];
  // Each recogniser of a known entry asks for the entry at the same token: looked up once.
  private readonly known = new Map<number, LexiconMatch | null>();

  constructor(
    readonly sentence: Sentence,
    readonly tokens: readonly Token[],
    input: MentionInput,
    readonly usage: ArticleUsage,
    private readonly out: MentionCandidate[],
  ) {
    this.text = input.text;
    this.quotes = input.quotes;
    this.gazetteer = input.gazetteer;
    this.words = input.gazetteer.words;
    this.titleCase = sentence.kind !== "body";
    this.firstWord = tokens.findIndex((t) => t.word);
  }

  /**
   * The gazetteer's entry opening a mention at token i, unless it is a given name that is also a
   * place before a family name ("Israel Katz").
   */
  knownAt(i: number): LexiconMatch | null {
    let match = this.known.get(i);
    if (match !== undefined) return match;
    const { tokens, gazetteer } = this;
    match = gazetteer.match(tokens, i);
    const first = tokens[i];
    if (match?.length === 1 && match.entry.type !== "title" && first && this.words.isGivenName(first.key)) {
      const next = tokens[i + 1];
      if (next?.cap && next.word && !gazetteer.match(tokens, i + 1)) match = null;
    }
    this.known.set(i, match);
    return match;
  }

  /**
   * Adds the candidate for tokens [from, to), built as one object literal: the scan emits one
   * per name, and spreading defaults into it was a hot spot.
   */
  emit(from: number, to: number, c: CandidateFields, definedName: string | null = null): void {
    const first = this.tokens[from];
    const last = this.tokens[to - 1];
    const start = first?.start ?? this.sentence.start;
    const end = last?.end ?? start;
    this.emitted.push({ from, to, index: this.out.length });
    this.out.push({
      sentence: this.sentence.index,
      start,
      end,
      surface: this.text.slice(start, end),
      inQuote: insideQuote(this.quotes, start) !== undefined,
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
    });
  }

  /** Emits an organisation or a place with the other name the text may give it next; returns where that ends. */
  emitNamed(from: number, to: number, c: CandidateFields): number {
    const defined = definedNameAt(this, to);
    this.emit(from, to, c, defined?.name ?? null);
    return defined?.end ?? to;
  }

  /** The last mention emitted in this sentence, if it ends right before token k. */
  mentionEndingAt(k: number): { readonly from: number; readonly candidate: MentionCandidate } | undefined {
    const last = this.emitted[this.emitted.length - 1];
    const candidate = last?.to === k ? this.out[last.index] : undefined;
    return last && candidate ? { from: last.from, candidate } : undefined;
  }

  /** Takes back the last mention emitted: a longer name turned out to contain it. */
  withdrawLast(): void {
    const last = this.emitted.pop();
    if (last) this.out.splice(last.index, 1);
  }

  /** How many mentions this scan has emitted, to ask later for those emitted since. */
  emittedCount(): number {
    return this.emitted.length;
  }

  /** Where the mentions emitted since `count` sit in the article's list. */
  emittedSince(count: number): number[] {
    return this.emitted.slice(count).map((e) => e.index);
  }

  /** Marks a mention, by its place in the article's list, as qualifying another. */
  markQualifier(index: number): void {
    const cand = this.out[index];
    if (cand) this.out[index] = { ...cand, qualifier: true };
  }

  /** Marks the mentions that end right before token i (modifiers allowed between) as qualifiers. */
  qualifiersBefore(i: number): { countryCode: string | null; from: number } {
    const { tokens, emitted, out } = this;
    let k = i;
    while (k > 0 && TITLE_MODIFIERS.has(tokens[k - 1]?.key ?? "")) k--;
    let countryCode: string | null = null;
    let from = k;
    for (let p = emitted.length - 1; p >= 0; p--) {
      const prev = emitted[p];
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

  /** The text of tokens [from, to), its spaces collapsed. */
  textOf(from: number, to: number): string {
    return this.text.slice(this.tokens[from]?.start ?? 0, this.tokens[to - 1]?.end ?? 0).replace(/\s+/g, " ");
  }

  /** A capitalised word of a body sentence that may open a name: not a headline's, not "The" or "Meanwhile". */
  mayOpenName(i: number): boolean {
    const t = this.tokens[i];
    return t?.cap === true && !this.titleCase && !FUNCTION_WORDS.has(t.key);
  }
}

/** A finite verb: what makes the words around a name a clause it takes part in. */
export function isFiniteVerb(t: Token | undefined, words: WordKnowledge): boolean {
  if (!t?.word || t.cap) return false;
  return isSpeechVerb(t) || words.isVerbForm(t.key) || t.key.endsWith("ed");
}

/** Whether token k is a hyphen or stands beside one: "flood-hit", "Karachi-based". */
export function nextToHyphen(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.text === "-" || tokens[k + 1]?.text === "-" || tokens[k - 1]?.text === "-";
}
