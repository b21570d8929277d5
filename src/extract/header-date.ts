import { isoDay } from "./calendar.js";
import { execAll } from "./regex.js";

/**
 * Reads the full dates printed in an article's header lines ("March 4, 2024 5:41 PM
 * GMT+1 Updated 3 hours ago", "05.03.2025 | 14:20 | Jane Roe", "Source: Agency|
 * 2024-09-17 22:41:05"). A line counts as a date line only when the date is what it
 * is about: once the dates, times, time zones and "Published"/"Updated" labels are
 * taken out, at most a place, an outlet or a name may be left, so a headline or a
 * sentence that mentions a date is not one.
 */

/** Whom a date in a header line belongs to: the first publication or a later revision. */
export type DateLabel = "published" | "plain" | "updated";

export interface HeaderDate {
  /** The day, ISO. For an ambiguous numeric date, the day-first reading. */
  readonly value: string;
  /** The month-first reading of a numeric date when it is valid and different. */
  readonly monthFirst: string | null;
  readonly label: DateLabel;
}

export interface DateLine {
  readonly dates: readonly HeaderDate[];
  /** The words left once the dates and their furniture are removed (a place, an outlet, a name). */
  readonly rest: readonly string[];
  /** Whether a "Published"/"Updated" label introduces a date. */
  readonly labelled: boolean;
}

const MONTH_NAMES =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "((?:19|20)\\d{2})";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const ISO_RE = new RegExp(`\\b${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})\\b`, "g");
const NUMERIC_RE = new RegExp(`\\b(\\d{1,2})([/.-])(\\d{1,2})\\2${YEAR}\\b`, "g");
const MONTH_DAY_YEAR_RE = new RegExp(`\\b${MONTH_NAMES}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "gi");
const DAY_MONTH_YEAR_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAMES},?\\s+${YEAR}\\b`,
  "gi",
);
const LABEL_RE =
  /\b(first published|published|posted|created|last updated|updated|last modified|modified|edited|revised)\b/gi;
const TIME_RE = /\b\d{1,2}(?:[:h]\d{2}){1,2}(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s*[ap]\.?m\b\.?/gi;
const ZONE_RE = /\b(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?/g;
const WEEKDAY_RE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
// Lower-case words that header date lines carry around the date ("on", "3 hours ago", "5 min read").
const FILLER = new Set([
  "on",
  "at",
  "ago",
  "hour",
  "hours",
  "hr",
  "hrs",
  "min",
  "mins",
  "minute",
  "minutes",
  "second",
  "seconds",
  "day",
  "days",
  "week",
  "weeks",
  "just",
  "now",
  "by",
  "and",
  "in",
  "read",
  "time",
]);

// A year glued to the time after it ("20241:07 PM") or a label glued to what precedes it
// ("GMT+3Updated"): the page lost the spaces between separately styled elements.
const GLUED_YEAR_RE = /\b((?:19|20)\d{2})(?=\d{1,2}:\d{2})/g;
const GLUED_LABEL_RE = /(?<=[\p{L}\d)])(?=(?:Published|Updated|Modified|Posted)\b)/gu;

const MAX_WORDS = 18;
const MAX_REST = 6;
const MAX_REST_LOWER = 1;

export function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const value = isoDay(year, month, day);
  const d = new Date(`${value}T00:00:00Z`);
  return d.getUTCMonth() + 1 === month ? value : null;
}

export function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.toLowerCase().slice(0, 3));
  return i < 0 ? null : i + 1;
}

interface Found {
  readonly index: number;
  readonly end: number;
  readonly value: string;
  readonly monthFirst: string | null;
}

function findDates(line: string): Found[] {
  const found: Found[] = [];
  const add = (m: RegExpExecArray, value: string | null, monthFirst: string | null = null): void => {
    if (!value) return;
    const end = m.index + m[0].length;
    if (found.some((f) => m.index < f.end && f.index < end)) return;
    found.push({ index: m.index, end, value, monthFirst });
  };
  for (const m of execAll(ISO_RE, line)) add(m, validDay(Number(m[1]), Number(m[3]), Number(m[4])));
  for (const m of execAll(NUMERIC_RE, line)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    // Day first, as most of the world writes it, unless only the other reading is a date.
    const dayFirst = validDay(year, b, a);
    const monthFirst = validDay(year, a, b);
    add(m, dayFirst ?? monthFirst, dayFirst && monthFirst !== dayFirst ? monthFirst : null);
  }
  for (const m of execAll(MONTH_DAY_YEAR_RE, line)) {
    const month = monthNumber(m[1] ?? "");
    if (month) add(m, validDay(Number(m[3]), month, Number(m[2])));
  }
  for (const m of execAll(DAY_MONTH_YEAR_RE, line)) {
    const month = monthNumber(m[2] ?? "");
    if (month) add(m, validDay(Number(m[3]), month, Number(m[1])));
  }
  return found.sort((x, y) => x.index - y.index);
}

function labelOf(word: string): DateLabel {
  return /^(?:first published|published|posted|created)$/i.test(word) ? "published" : "updated";
}

/**
 * The dates of a header date line, each with the label that precedes it in the line,
 * or null when the line is not a date line.
 */
export function readDateLine(raw: string): DateLine | null {
  const line = raw.replace(GLUED_YEAR_RE, "$1 ").replace(GLUED_LABEL_RE, " ");
  if ((line.match(/\S+/g)?.length ?? 0) > MAX_WORDS) return null;
  const found = findDates(line);
  if (found.length === 0) return null;
  const labels = execAll(LABEL_RE, line);
  const dates = found.map((f): HeaderDate => {
    const before = labels.filter((l) => l.index < f.index).pop();
    return {
      value: f.value,
      monthFirst: f.monthFirst,
      label: before ? labelOf(before[1] ?? "") : "plain",
    };
  });
  let rest = line;
  for (const f of [...found].reverse()) rest = `${rest.slice(0, f.index)} ${rest.slice(f.end)}`;
  rest = rest.replace(LABEL_RE, " ").replace(ZONE_RE, " ").replace(TIME_RE, " ").replace(WEEKDAY_RE, " ");
  const words = rest
    .split(/[\s|,;:/()[\]•·–—-]+/)
    .filter((w) => /\p{L}/u.test(w) && !FILLER.has(w.toLowerCase()));
  if (words.length > MAX_REST) return null;
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length > MAX_REST_LOWER) return null;
  return { dates, rest: words, labelled: labels.length > 0 };
}

/** The date the line gives for the article: its "Published" date, else an unlabelled one, else "Updated". */
export function pickDate(line: DateLine): HeaderDate | null {
  for (const label of ["published", "plain", "updated"] as const) {
    const d = line.dates.find((x) => x.label === label);
    if (d) return d;
  }
  return null;
}
