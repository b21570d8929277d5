import type { Sentence } from "./model.js";
import { tokenize, type Token } from "./tokens.js";

/**
 * The article's tokens, computed once per sentence and shared by the stages that
 * read words in a span (mentions, quotes, events).
 */
export interface TokenIndex {
  readonly bySentence: readonly (readonly Token[])[];
  /** Tokens lying inside [start, end) of the article text. */
  between(start: number, end: number): Token[];
}

export function buildTokenIndex(text: string, sentences: readonly Sentence[]): TokenIndex {
  const bySentence = sentences.map((s) => tokenize(text, s.start, s.end));
  const starts = sentences.map((s) => s.start);
  return {
    bySentence,
    between(start, end) {
      // The last sentence starting at or before `start`, then forward.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= start) lo = mid;
        else hi = mid - 1;
      }
      const out: Token[] = [];
      for (let s = lo; s < bySentence.length && (starts[s] ?? Infinity) < end; s++) {
        for (const t of bySentence[s] ?? []) if (t.start >= start && t.end <= end) out.push(t);
      }
      return out;
    },
  };
}
