import type { Block, BlockKind } from "./model.js";

/**
 * Boilerplate rules: each recognises a kind of line that is not the story. Lines
 * keep their offsets; classified lines are only excluded from later stages.
 */
interface LineRule {
  readonly rule: string;
  readonly test: (line: string) => boolean;
}

const WORD_RE = /\S+/g;
const words = (line: string): number => line.match(WORD_RE)?.length ?? 0;

export const BOILERPLATE_RULES: readonly LineRule[] = [
  { rule: "clean/url", test: (l) => /^(?:https?:\/\/|www\.)\S+$/i.test(l) },
  { rule: "clean/punctuation", test: (l) => !/[\p{L}\p{N}]/u.test(l) },
  {
    rule: "clean/comments",
    test: (l) =>
      /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:conversation|discussion)|your email address will not be published|required fields are marked|no (?:responses|comments|replies) yet|no comments to show|latest comments|\d+ comments?|comments?|show comments|cancel reply)\b/i.test(
        l,
      ),
  },
  {
    rule: "clean/related",
    test: (l) =>
      words(l) <= 8 &&
      /^(?:related(?: content| articles?| stories| posts| coverage| news| topics)?|read (?:also|more)|see also|more from|more on this|recommended|you may also like|trending|most read|top stories|tags?|categories|filed under|share(?: this)?(?: article)?|follow us|subscribe|advertisement|sponsored|click here)\b\W*/i.test(
        l,
      ),
  },
  {
    rule: "clean/copyright",
    test: (l) =>
      /©|\(c\) ?\d{4}|\bcopyright\b|all rights reserved|requires? (?:the )?prior (?:and )?(?:explicit |written )?(?:consent|permission)|may not be (?:reproduced|published|redistributed)|terms of (?:use|service)|privacy policy|cookie policy/i.test(
        l,
      ),
  },
  {
    rule: "clean/disclaimer",
    test: (l) => /^the views (?:and opinions )?expressed (?:in this article|here(?:in)?)\b/i.test(l),
  },
  {
    rule: "clean/photo-credit",
    test: (l) =>
      /^(?:images?|photos?|pictures?|photograph|video|credit|photo credit|image source|images source)s?\s*(?:source|credit)?\s*:/i.test(
        l,
      ) ||
      (/\b(?:getty images|shutterstock|ap photo|afp photo|reuters\/|epa-efe|anadolu agency via)\b/i.test(l) &&
        words(l) <= 16),
  },
  {
    rule: "clean/reporter-credit",
    test: (l) =>
      (/^\(?(?:reporting by|writing by|editing by|additional reporting by|compiled by|edited by|ed\.)\s+\p{Lu}/iu.test(
        l,
      ) &&
        words(l) <= 30) ||
      /^by\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]+){0,5}$/u.test(l),
  },
  {
    rule: "clean/source-credit",
    test: (l) => /^(?:source|sources|via|with (?:files|input) from)\s*:\s*\S/i.test(l) && words(l) <= 8,
  },
  {
    rule: "clean/author-bio",
    test: (l) =>
      /^(?:about the author\b|[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3} (?:is|was) an? (?:[\p{L}-]+ ){0,4}(?:author|journalist|writer|reporter|editor|correspondent|contributor|columnist|blogger)\b)/u.test(
        l,
      ),
  },
];

// Credits closing a paragraph: "(Reporting by …; Editing by …)".
const INLINE_CREDIT_RE = /\((?:reporting|writing|editing|additional reporting|compiled) by [^)]*\)\s*$/i;

const TERMINAL_RE = /[.!?…:"”’)]$/;
const DATE_LINE_RE =
  /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?[\p{L}\d ,.:/-]{0,20}\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4})\b[\p{L}\d ,.:/-]{0,20}$/iu;

export function isDateLine(line: string): boolean {
  return words(line) <= 10 && DATE_LINE_RE.test(line);
}

function boilerplateRule(line: string): string | null {
  for (const r of BOILERPLATE_RULES) if (r.test(line)) return r.rule;
  return null;
}

/** A story paragraph: long enough and ending like a sentence. */
function isParagraph(line: string): boolean {
  return words(line) >= 12 && TERMINAL_RE.test(line);
}

/**
 * Splits the article into lines and classifies each: title, heading, meta (the
 * short lines of outlet, section and date before the story), body or boilerplate.
 */
export function cleanArticle(text: string): Block[] {
  const lines: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  const firstParagraph = lines.findIndex((l) => isParagraph(l.text) && boilerplateRule(l.text) === null);
  const blocks: Block[] = [];
  let titleText: string | null = null;
  let previous: string | null = null;
  lines.forEach((line, i) => {
    let kind: BlockKind;
    let rule = boilerplateRule(line.text);
    let end = line.end;
    if (rule === null && (line.text === previous || (titleText !== null && line.text === titleText))) {
      rule = "clean/duplicate";
    }
    if (rule !== null) kind = "boilerplate";
    else if (
      titleText === null &&
      blocks.every((b) => b.kind === "boilerplate") &&
      !isParagraph(line.text) &&
      !/[.!"”]$/.test(line.text)
    ) {
      kind = "title";
      titleText = line.text;
    } else if (isDateLine(line.text)) {
      kind = "meta";
      rule = "clean/date-line";
    } else if (
      firstParagraph >= 0 &&
      i < firstParagraph &&
      words(line.text) <= 6 &&
      !TERMINAL_RE.test(line.text)
    ) {
      kind = "meta";
      rule = "clean/header";
    } else if (!isParagraph(line.text) && words(line.text) <= 14 && !TERMINAL_RE.test(line.text)) {
      kind = "heading";
    } else {
      kind = "body";
      const credit = INLINE_CREDIT_RE.exec(line.text);
      if (credit) end = line.start + line.text.slice(0, credit.index).trimEnd().length;
    }
    previous = line.text;
    blocks.push({ start: line.start, end, kind, rule });
    if (end < line.end) {
      blocks.push({ start: end, end: line.end, kind: "boilerplate", rule: "clean/reporter-credit" });
    }
  });
  return blocks;
}
