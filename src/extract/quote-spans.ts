import type { QuoteSpan } from "./model.js";

const OPENERS: Readonly<Record<string, string>> = { "“": "”", "„": "“", "«": "»", '"': '"' };

/**
 * Finds double-quoted passages in `text[start, end)` (one paragraph): typographic
 * “…”, „…“, «…» and straight "…". A quote left open runs to the paragraph end, the
 * convention for a quote continued in the next paragraph.
 */
export function findQuoteSpans(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = start;
  while (i < end) {
    const ch = text.charAt(i);
    const close = OPENERS[ch];
    if (close === undefined) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && text.charAt(j) !== close) j++;
    if (j >= end) {
      spans.push({ start: i, end, innerStart: i + 1, innerEnd: end });
      break;
    }
    spans.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j });
    i = j + 1;
  }
  return spans;
}

export function insideQuote(spans: readonly QuoteSpan[], position: number): QuoteSpan | undefined {
  return spans.find((s) => position >= s.start && position < s.end);
}
