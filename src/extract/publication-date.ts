import { daysBetween } from "./calendar.js";
import { type HeaderDate, monthNumber, pickDate, readDateLine, validDay } from "./header-date.js";
import type { Span } from "../domain/types.js";
import type { ArticleDate, Block } from "./model.js";

// "Washington, Nov 6 (Reuters) -", "LONDON, April 29. /TASS/.", "KYIV, Ukraine, March 3, 2024 (AP) —"
const DATELINE_RE =
  /^\p{Lu}[\p{L}.'’ -]{1,40}?,(?:\s+\p{Lu}[\p{L}.'’ -]{1,30}?,)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\(|\.|[-–—]|\/)/iu;

// Lines around the story that can carry a date that is not the article's: captions date
// the photo, related headlines and comments belong to other pages.
const NOT_HEADER_RULES = new Set([
  "clean/caption",
  "clean/photo-credit",
  "clean/related",
  "clean/comments",
  "clean/author-bio",
  "clean/copyright",
  "clean/duplicate",
]);
// How far past the first story line a header date may still sit (some pages put the
// date line under the lead paragraph and its picture).
const HEADER_REACH = 8;
export interface PublicationDate {
  readonly date: ArticleDate;
  /** Which form dated the article. */
  readonly rule: string;
}

interface Dateline {
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
}

function readDateline(line: string): Dateline | null {
  const m = DATELINE_RE.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const month = monthNumber(m[1]);
  if (month === null) return null;
  return { month, day: Number(m[2]), year: m[3] ? Number(m[3]) : null };
}

/** The dateline opening the story ("Washington, Nov 6 (Reuters) -"), as a span of the text. */
export function findDateline(text: string, blocks: readonly Block[]): Span | null {
  const firstBody = blocks.find((b) => b.kind === "body");
  if (!firstBody) return null;
  const m = DATELINE_RE.exec(text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 120)));
  return m ? { start: firstBody.start, end: firstBody.start + m[0].length } : null;
}

/**
 * The header lines: those before the story's first line, and the non-story lines right
 * after it, up to the next story line. Never the headline: a date in it is the news, not
 * the day the page appeared.
 */
function headerBlocks(blocks: readonly Block[]): Block[] {
  const firstBody = blocks.findIndex((b) => b.kind === "body");
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    if (b.kind === "body") {
      if (i > firstBody) break;
      continue;
    }
    if (firstBody >= 0 && i > firstBody + HEADER_REACH) break;
    if (b.kind === "title" || (b.rule !== null && NOT_HEADER_RULES.has(b.rule))) continue;
    out.push(b);
  }
  return out;
}

/** The header's date, by label: the first "Published" date, else the first plain one, else "Updated". */
function headerDate(text: string, blocks: readonly Block[]): HeaderDate | null {
  const dates = headerBlocks(blocks).flatMap((b) => {
    const line = readDateLine(text.slice(b.start, b.end));
    const d = line ? pickDate(line) : null;
    return d ? [d] : [];
  });
  for (const label of ["published", "plain", "updated"] as const) {
    const d = dates.find((x) => x.label === label);
    if (d) return d;
  }
  return null;
}

/**
 * The dateline's month and day in the year that puts them nearest the header's date
 * (a dateline of 31 December under a header of 2 January is the year before).
 */
function datelineNear(dateline: Dateline, header: string): string | null {
  const year = Number(header.slice(0, 4));
  let best: string | null = null;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const value = validDay(y, dateline.month, dateline.day);
    if (!value) continue;
    const gap = Math.abs(daysBetween(value, header));
    if (gap < bestGap) {
      best = value;
      bestGap = gap;
    }
  }
  return best;
}

const stated = (value: string, rule: string): PublicationDate => ({
  date: { value, precision: "day", basis: "stated" },
  rule,
});

/**
 * Finds the publication day in the article's own text: a date line among the short
 * lines of the header ("06/11/2023 21h23", "Published 7:15 AM GMT+8, June 12, 2024"),
 * or the dateline opening the story ("Washington, Nov 6 (Reuters) -"). The dateline,
 * written for the story's own day, decides the month and day when both exist (and
 * which reading of "11/06/2023" is meant); a dateline without a year dates the article
 * only when a header line gives the year.
 */
export function findPublicationDate(text: string, blocks: readonly Block[]): PublicationDate | null {
  const span = findDateline(text, blocks);
  const dateline = span ? readDateline(text.slice(span.start, span.end)) : null;
  const header = headerDate(text, blocks);
  if (dateline?.year != null) {
    const value = validDay(dateline.year, dateline.month, dateline.day);
    if (value) return stated(value, "date/dateline");
  }
  if (header && dateline) {
    const value = datelineNear(dateline, header.value);
    if (value) return stated(value, "date/dateline-header");
  }
  return header ? stated(header.value, "date/header") : null;
}
