import * as chrono from "chrono-node";
import { isoDay } from "./calendar.js";
import { isDateLine } from "./clean.js";
import type { Span } from "../domain/types.js";
import type { ArticleDate, Block } from "./model.js";

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// "Washington, Nov 6 (Reuters) -", "LONDON, April 29. /TASS/.", "KYIV, Ukraine, March 3, 2024 (AP) —"
const DATELINE_RE =
  /^\p{Lu}[\p{L}.'’ -]{1,40}?,(?:\s+\p{Lu}[\p{L}.'’ -]{1,30}?,)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*(?:\(|\.|[-–—]|\/)/iu;
const NUMERIC_RE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

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

function valid(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const value = isoDay(year, month, day);
  const d = new Date(`${value}T00:00:00Z`);
  return d.getUTCMonth() + 1 === month ? value : null;
}

/**
 * A numeric date: day first unless only the month-first reading is valid, or the
 * dateline's month and day say otherwise ("06/11/2023" is 6 November).
 */
function readNumeric(line: string, dateline: Dateline | null): string | null {
  const m = NUMERIC_RE.exec(line);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = Number(m[3]);
  const dayFirst = valid(year, b, a);
  const monthFirst = valid(year, a, b);
  if (dateline && monthFirst && dateline.month === a && dateline.day === b) return monthFirst;
  return dayFirst ?? monthFirst;
}

function readDateline(line: string): Dateline | null {
  const m = DATELINE_RE.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const month = MONTHS[m[1].toLowerCase().slice(0, 3)];
  if (month === undefined) return null;
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
 * Finds the publication day in the article's own text: a date line among the short
 * lines around the headline ("06/11/2023 21h23", "6:36 AM EST, November 8, 2023"),
 * or the dateline opening the story ("Washington, Nov 6 (Reuters) -"). A dateline
 * without a year dates the article only when a header line gives the year.
 */
export function findPublicationDate(text: string, blocks: readonly Block[]): PublicationDate | null {
  const firstBody = blocks.find((b) => b.kind === "body");
  const datelineSpan = findDateline(text, blocks);
  const dateline = datelineSpan ? readDateline(text.slice(datelineSpan.start, datelineSpan.end)) : null;
  const firstBodyIndex = firstBody ? blocks.indexOf(firstBody) : blocks.length;
  const header = blocks.filter(
    (b, i) => (b.kind === "meta" || b.kind === "title" || b.kind === "heading") && i <= firstBodyIndex + 8,
  );
  for (const block of header) {
    const line = text.slice(block.start, block.end);
    if (!isDateLine(line)) continue;
    const numeric = readNumeric(line, dateline);
    if (numeric)
      return { date: { value: numeric, precision: "day", basis: "stated" }, rule: "date/header-numeric" };
    const parsed = chrono.en.strict.parse(line, new Date("2000-01-01T12:00:00Z"))[0];
    if (parsed?.start.isCertain("year") && parsed.start.isCertain("month") && parsed.start.isCertain("day")) {
      const value = isoDay(
        parsed.start.get("year") ?? 0,
        parsed.start.get("month") ?? 0,
        parsed.start.get("day") ?? 0,
      );
      return { date: { value, precision: "day", basis: "stated" }, rule: "date/header" };
    }
  }
  if (dateline?.year != null) {
    const value = valid(dateline.year, dateline.month, dateline.day);
    if (value) return { date: { value, precision: "day", basis: "stated" }, rule: "date/dateline" };
  }
  return null;
}
