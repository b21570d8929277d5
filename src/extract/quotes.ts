import {
  actorMentionsIn,
  describedPerson,
  isOrganizationNoun,
  isPersonPronoun,
  lastOrganizationBefore,
  lastMentionBefore,
  lastPersonBefore,
  subjectPersonBefore,
  type Discourse,
} from "./discourse.js";
import {
  GLUED_VERB_RE,
  INTRODUCES_QUOTE_RE,
  isSpeechVerb,
  ISSUED_AFTER_RE,
  ISSUED_BEFORE_RE,
} from "./lexicon/speech-verbs.js";
import type { ArticleDate, LocalQuote, Mention, QuoteSpan, Sentence, TimeExpression } from "./model.js";
import type { Token } from "./tokens.js";

/** Quoted passages of this many words or fewer are scare quotes ("tactical pauses"), not statements. */
export const MAX_FRAGMENT_WORDS = 4;

export interface QuoteInput extends Discourse {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quoteSpans: readonly QuoteSpan[];
  readonly times: readonly TimeExpression[];
}

interface Attribution {
  readonly speaker: string | null;
  /** The attribution clause, outside the quote, where a date for the quote may be. */
  readonly start: number;
  readonly end: number;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

// Token keys are accent-free: "communiqué" is "communique".
const STATEMENT_NOUNS = new Set(["statement", "communique", "readout", "release", "text"]);
const ISSUER_REACH = 1500;

/** Who issued the statement "the statement said" refers to: the last actor said to have made one. */
function lastIssuerBefore(d: QuoteInput, position: number): string | null {
  const issuer = lastMentionBefore(
    d,
    position,
    (m) =>
      m.kind !== "place" &&
      (ISSUED_AFTER_RE.test(d.text.slice(m.end, m.end + 80)) ||
        ISSUED_BEFORE_RE.test(d.text.slice(Math.max(0, m.start - 60), m.start))),
    position - ISSUER_REACH,
  );
  return issuer?.key ?? null;
}

/** The speaker a pronoun, "the ministry" or "the statement" stands for, looked up before `position`. */
function resolveReference(
  d: QuoteInput,
  token: Token,
  position: number,
  sentenceStart: number,
): string | null {
  if (STATEMENT_NOUNS.has(token.key)) return lastIssuerBefore(d, position);
  if (isPersonPronoun(token.key)) {
    const sentence = d.sentences.find((x) => x.start === sentenceStart)?.index;
    const person =
      sentence === undefined ? lastPersonBefore(d, position) : subjectPersonBefore(d, position, sentence);
    return person?.key ?? null;
  }
  if (isOrganizationNoun(token.key))
    return lastOrganizationBefore(d, position, sentenceStart - 2000, token.key)?.key ?? null;
  return null;
}

/** Picks the speaker among the mentions of an attribution clause: people before organisations. */
function pickSpeaker(mentions: readonly Mention[], preferLast: boolean): Mention | undefined {
  const ordered = preferLast ? [...mentions].reverse() : mentions;
  return (
    ordered.find((m) => m.kind === "person" && !m.qualifier) ??
    ordered.find((m) => m.kind === "organization" && !m.qualifier) ??
    ordered.find((m) => m.kind !== "place" && !m.qualifier)
  );
}

/** The tokens of an attribution clause, a name glued to its speech verb split in two. */
function attributionTokens(input: QuoteInput, from: number, to: number): Token[] {
  return input.tokens.between(from, to).flatMap((t): Token[] => {
    const m = GLUED_VERB_RE.exec(t.text);
    const name = m?.[1];
    const verb = m?.[2];
    if (!name || !verb) return [t];
    const at = t.start + name.length;
    return [
      { ...t, text: name, end: at, key: name.toLowerCase() },
      { text: verb, start: at, end: t.end, key: verb, cap: false, possessive: false, word: true },
    ];
  });
}

/** `"…," said X` and `"…," X said`: the speech verb follows the quote. */
function attributionAfter(
  input: QuoteInput,
  from: number,
  to: number,
  sentenceStart: number,
): Attribution | null {
  const tokens = attributionTokens(input, from, to);
  // Room for an appositive: `"…," Britain's minister for Africa, Helen Ashworth, said`.
  const verbAt = tokens.slice(0, 14).findIndex((t) => isSpeechVerb(t));
  if (verbAt < 0) return null;
  const verb = tokens[verbAt];
  if (!verb) return null;
  // Before the verb: "X said"; after it: "said the spokesperson of the EU, Peter Stano".
  const beforeVerb = actorMentionsIn(input, from, verb.start);
  const clauseEnd = Math.min(to, (tokens.find((t, k) => k > verbAt + 1 && t.text === ",")?.start ?? to) + 80);
  const afterVerb = actorMentionsIn(input, verb.end, clauseEnd);
  const referenceIn = (window: readonly Token[]) => {
    const pron = window.find(
      (t) => isPersonPronoun(t.key) || isOrganizationNoun(t.key) || STATEMENT_NOUNS.has(t.key),
    );
    return pron ? resolveReference(input, pron, from, sentenceStart) : null;
  };
  const speaker =
    pickSpeaker(beforeVerb, true)?.key ??
    describedPerson(input, from, verb.start)?.key ??
    referenceIn(tokens.slice(0, verbAt)) ??
    pickSpeaker(afterVerb, false)?.key ??
    referenceIn(tokens.slice(verbAt + 1, verbAt + 4));
  return { speaker: speaker ?? null, start: from, end: to };
}

/** `X said: "…"`, `X stated on Tuesday that "…"`: the speech verb precedes the quote. */
function attributionBefore(
  input: QuoteInput,
  from: number,
  to: number,
  sentenceStart: number,
): Attribution | null {
  const tokens = attributionTokens(input, from, to);
  let verbAt = -1;
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 9; k--) {
    if (isSpeechVerb(tokens[k])) {
      verbAt = k;
      break;
    }
  }
  if (verbAt < 0) return null;
  const verb = tokens[verbAt];
  if (!verb) return null;
  const subject =
    pickSpeaker(actorMentionsIn(input, from, verb.start), true) ?? describedPerson(input, from, verb.start);
  // A pronoun between the last named actor and the verb refers back to that actor or further.
  const pronoun = tokens
    .slice(0, verbAt)
    .reverse()
    .find((t) => isPersonPronoun(t.key) || (isOrganizationNoun(t.key) && !t.cap));
  let speaker = subject?.key ?? null;
  if (pronoun && (!subject || pronoun.start > subject.end)) {
    speaker =
      pronoun.key === "who"
        ? (subject?.key ?? null)
        : resolveReference(input, pronoun, pronoun.start, sentenceStart);
  }
  return { speaker, start: from, end: to };
}

/** A quotation set off without marks takes its speaker from the paragraph that ends on "X said:". */
function introducedBy(input: QuoteInput, span: QuoteSpan): Attribution | null {
  if (span.start !== span.innerStart) return null;
  const introducer = input.sentences.findLast(
    (s) => s.kind === "body" && s.end <= span.start && INTRODUCES_QUOTE_RE.test(s.text),
  );
  return introducer ? attributionBefore(input, introducer.start, introducer.end, introducer.start) : null;
}

/**
 * Direct quotations with their speaker and the day they were said when the
 * attribution gives it. A quote without attribution continues the previous
 * speaker's quote in the same or the previous paragraph.
 */
export function findQuotes(input: QuoteInput): LocalQuote[] {
  const quotes: LocalQuote[] = [];
  let previous: { quote: LocalQuote; block: number } | null = null;
  for (const sentence of input.sentences) {
    if (sentence.kind !== "body") continue;
    const inSentence = input.quoteSpans.filter((q) => q.start >= sentence.start && q.start < sentence.end);
    inSentence.forEach((span, k) => {
      const inner = input.text.slice(span.innerStart, span.innerEnd).trim();
      if (wordCount(inner) <= MAX_FRAGMENT_WORDS) return;
      const prevEnd = inSentence[k - 1]?.end ?? sentence.start;
      const nextStart = inSentence[k + 1]?.start ?? sentence.end;
      const attribution =
        attributionAfter(input, span.end, nextStart, sentence.start) ??
        attributionBefore(input, prevEnd, span.start, sentence.start) ??
        introducedBy(input, span);
      const continues =
        previous !== null &&
        (previous.block === sentence.blockIndex || previous.block === sentence.blockIndex - 1) &&
        attribution === null;
      const speaker = attribution?.speaker ?? (continues && previous ? previous.quote.speaker : null);
      let date: ArticleDate | null = null;
      if (attribution) {
        const t = input.times.find(
          (x) =>
            x.start >= attribution.start && x.end <= attribution.end && x.value !== null && x.basis !== null,
        );
        // Words are said on a day: "last week" or "in September" does not say which.
        if (t?.value && t.precision === "day" && t.basis)
          date = { value: t.value, precision: t.precision, basis: t.basis };
      }
      if (!date && continues && previous) date = previous.quote.date;
      const start = input.text.indexOf(inner, span.innerStart);
      const quote: LocalQuote = {
        span: { start, end: start + inner.length },
        text: inner,
        sentence: sentence.index,
        speaker,
        date,
        event: null,
      };
      quotes.push(quote);
      previous = { quote, block: sentence.blockIndex };
    });
  }
  return quotes;
}
