import type { Block, QuoteSpan, Sentence } from "./model.js";
import { insideQuote } from "./quote-spans.js";

// Words a full stop follows without ending the sentence.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st jr sr gen lt col capt cpt sgt maj adm gov sen rep rev hon pres vs etc inc ltd co corp " +
    "no nos jan feb mar apr jun jul aug sep sept oct nov dec mt ft ed approx est dept univ fig al u.s u.k u.n e.g i.e a.m p.m"
  ).split(" "),
);

const BOUNDARY_RE = /[.!?…]+["”’)\]]*(?=\s|$)/g;

function endsWithAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (before === "") return false;
  const word = before.toLowerCase().replace(/^\.+/, "");
  if (ABBREVIATIONS.has(word)) return true;
  // Initials ("William J. Burns") and dotted acronyms ("U.S.").
  return /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before);
}

/**
 * Splits the story blocks into sentences, never inside a quotation, with offsets
 * into the article text. Title and headings are one sentence each.
 */
export function splitSentences(
  text: string,
  blocks: readonly Block[],
  quotes: readonly QuoteSpan[],
): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number, blockIndex: number, kind: Sentence["kind"]): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s)
      sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e), blockIndex, kind });
  };
  blocks.forEach((block, blockIndex) => {
    if (block.kind === "boilerplate" || block.kind === "meta") return;
    if (block.kind !== "body") {
      push(block.start, block.end, blockIndex, block.kind);
      return;
    }
    const slice = text.slice(block.start, block.end);
    let from = block.start;
    for (const m of slice.matchAll(BOUNDARY_RE)) {
      const at = block.start + m.index;
      const cut = at + m[0].length;
      if (cut >= block.end) break;
      if (insideQuote(quotes, cut - 1) && insideQuote(quotes, cut - 1)?.end !== cut) continue;
      if (m[0].startsWith(".") && m[0].length === 1 && endsWithAbbreviation(text, at)) continue;
      const next = /\S/.exec(text.slice(cut, block.end));
      const nextChar = next ? text.charAt(cut + next.index) : "";
      if (!/[\p{Lu}\d"“‘'(«„]/u.test(nextChar)) continue;
      push(from, cut, blockIndex, "body");
      from = cut;
    }
    push(from, block.end, blockIndex, "body");
  });
  return sentences;
}
