import { attribute } from "./attribution/index.js";
import type { QuoteInput } from "./attribution/strategy.js";
import type { ArticleDate, LocalQuote } from "./model.js";

/** Quoted passages of this many words or fewer are scare quotes ("tactical pauses"), not statements. */
export const MAX_FRAGMENT_WORDS = 4;

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
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
      const attribution = attribute({
        input,
        span,
        sentence,
        before: inSentence[k - 1]?.end ?? sentence.start,
        after: inSentence[k + 1]?.start ?? sentence.end,
      });
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
