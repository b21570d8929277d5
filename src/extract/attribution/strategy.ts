import type { Discourse } from "../discourse.js";
import type { QuoteSpan, Sentence, TimeExpression } from "../model.js";

export interface QuoteInput extends Discourse {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quoteSpans: readonly QuoteSpan[];
  readonly times: readonly TimeExpression[];
}

/** Who said a quote, and where it says so. */
export interface Attribution {
  readonly speaker: string | null;
  /** The attribution clause, outside the quote, where a date for the quote may be. */
  readonly start: number;
  readonly end: number;
}

/** A quote in its sentence, between the quotes before and after it there. */
export interface QuoteContext {
  readonly input: QuoteInput;
  readonly span: QuoteSpan;
  readonly sentence: Sentence;
  /** Where the text before the quote starts: the previous quote's end or the sentence start. */
  readonly before: number;
  /** Where the text after the quote ends: the next quote's start or the sentence end. */
  readonly after: number;
}

/** One shape of attribution: the attribution it finds for a quote, or null when the shape is not there. */
export type AttributionStrategy = (quote: QuoteContext) => Attribution | null;
