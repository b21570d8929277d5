/** The clauses of a sentence, read with its quotations and dash-enclosed asides covered. */
import type { Span } from "../domain/types.js";
import type { QuoteSpan, Sentence } from "./model.js";
import { execAll } from "./regex.js";

// Where a sentence breaks into clauses: a new subject or a subordinate clause starts.
// The break keeps the relative pronoun in the new clause: "…, who visited Israel" has its subject.
const CLAUSE_BREAK_RE =
  /;|:\s|\s[-–—]\s|,(?=\s*(?:who|which|where|while|whereas|but|although|and|as(?! well\b))\b)|\s(?=(?:that|while|whereas|after|before|because|although|though|amid|amidst|despite)\s)| {3,}/g;
const ASIDE_RE = /\s[-–—]\s[^-–—.;:"“”]{3,120}?\s[-–—]\s/g;

export interface Clause {
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  /** Dash-enclosed asides of its sentence: "Niger, Mali and Burkina Faso - all run by juntas - announced…". */
  readonly asides: readonly Span[];
}

export function maskQuotes(sentence: Sentence, quotes: readonly QuoteSpan[]): string {
  let masked = sentence.text;
  for (const q of quotes) {
    if (q.end <= sentence.start || q.start >= sentence.end) continue;
    const s = Math.max(q.start, sentence.start) - sentence.start;
    const e = Math.min(q.end, sentence.end) - sentence.start;
    masked = masked.slice(0, s) + " ".repeat(e - s) + masked.slice(e);
  }
  return masked;
}

/**
 * Covers the dash-enclosed asides of a sentence so that they neither break its clause nor give
 * it triggers: the subject before the aside acts with the verb after it.
 */
export function maskAsides(sentence: Sentence, masked: string): { masked: string; asides: Span[] } {
  const asides: Span[] = [];
  const covered = masked.replace(ASIDE_RE, (aside, at: number) => {
    asides.push({ start: sentence.start + at, end: sentence.start + at + aside.length });
    return ` ${"_".repeat(aside.length - 2)} `;
  });
  return { masked: covered, asides };
}

export function clausesOf(sentence: Sentence, masked: string, asides: readonly Span[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (const m of execAll(CLAUSE_BREAK_RE, masked)) {
    const at = m.index;
    if (at > from) clauses.push({ sentence, start: sentence.start + from, end: sentence.start + at, asides });
    from = at + m[0].length;
  }
  if (from < masked.length)
    clauses.push({ sentence, start: sentence.start + from, end: sentence.end, asides });
  return clauses.filter(
    (c) => masked.slice(c.start - sentence.start, c.end - sentence.start).trim().length > 0,
  );
}
