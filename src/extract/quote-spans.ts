import { INTRODUCES_QUOTE_RE } from "./lexicon/speech-verbs.js";
import type { Block, QuoteSpan } from "./model.js";

const OPENERS: Readonly<Record<string, string>> = { "“": "”", "„": "“", "«": "»", '"': '"' };

const SINGLE_MARKS = new Set(["‘", "’", "'"]);
const OPENING_CONTEXT_RE = /[\s([“"—–-]/;
const CLOSING_CONTEXT_RE = /[\s.,;:!?)\]”"—–-]/;

/** A ‘ or ' that opens a single-quoted passage: after a space, before a word. */
function opensSingle(text: string, i: number, start: number): boolean {
  const ch = text.charAt(i);
  if (ch !== "‘" && ch !== "'") return false;
  const before = i === start ? " " : text.charAt(i - 1);
  return OPENING_CONTEXT_RE.test(before) && /[\p{L}\p{N}…]/u.test(text.charAt(i + 1));
}

/**
 * The mark closing a single quote opened at `from`: a ’ or ' after a word and before a
 * space or punctuation. "the leaders’ decision" is a plural possessive, not a close,
 * when a later mark can close the quote.
 */
function singleClose(text: string, from: number, end: number): number {
  let possessive = -1;
  for (let j = from + 1; j < end; j++) {
    const ch = text.charAt(j);
    if (ch !== "’" && ch !== "'") continue;
    const after = j + 1 >= end ? " " : text.charAt(j + 1);
    if (!/\S/.test(text.charAt(j - 1)) || !CLOSING_CONTEXT_RE.test(after)) continue;
    if (text.charAt(j - 1) === "s" && /^\s\p{Ll}/u.test(text.slice(j + 1, j + 3))) {
      if (possessive < 0) possessive = j;
      continue;
    }
    return j;
  }
  return possessive;
}

/**
 * Finds quoted passages in `text[start, end)` (one paragraph): typographic “…”, „…“,
 * «…», straight "…", and the single quotes of British style, ‘…’ and '…' (told from
 * apostrophes by the space before the opening mark and after the closing one). A
 * quote left open runs to the paragraph end, the convention for a quote continued in
 * the next paragraph.
 */
export function findQuoteSpans(text: string, start: number, end: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = start;
  while (i < end) {
    const ch = text.charAt(i);
    const close = OPENERS[ch];
    if (close === undefined) {
      if (SINGLE_MARKS.has(ch) && opensSingle(text, i, start)) {
        const j = singleClose(text, i, end);
        if (j >= 0) {
          spans.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j });
          i = j + 1;
          continue;
        }
        // Continued in the next paragraph: the opening mark starts the paragraph.
        if (i === start) {
          spans.push({ start: i, end, innerStart: i + 1, innerEnd: end });
          break;
        }
      }
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

// Quoted speech without marks still speaks in the first person.
// Case matters: "US officials" is not "us".
const FIRST_PERSON_RE = /\b(?:I|I['’]m|[Ww]e|[Ww]e['’](?:re|ve)|[Oo]ur|us|[Mm]y)\b/;
const MAX_BLOCK_QUOTE_PARAGRAPHS = 3;

/**
 * Paragraphs quoted without marks after a paragraph that ends on "said:", the style of live
 * blogs and transcripts: each following story paragraph in the first person, up to three,
 * until one that has quote marks of its own.
 */
export function findBlockQuotes(text: string, blocks: readonly Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  blocks.forEach((block, i) => {
    if (block.kind !== "body" || !INTRODUCES_QUOTE_RE.test(text.slice(block.start, block.end))) return;
    for (let k = i + 1; k <= i + MAX_BLOCK_QUOTE_PARAGRAPHS; k++) {
      const next = blocks[k];
      if (next?.kind !== "body") break;
      const paragraph = text.slice(next.start, next.end);
      if (/[“”"«»„]/.test(paragraph) || !FIRST_PERSON_RE.test(paragraph)) break;
      spans.push({ start: next.start, end: next.end, innerStart: next.start, innerEnd: next.end });
    }
  });
  return spans;
}
