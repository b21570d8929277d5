import * as chrono from "chrono-node";
import {
  containingPeriod,
  isoDay,
  mostRecentMonth,
  mostRecentMonthDay,
  mostRecentWeekday,
  previousWeek,
  recentWeekend,
} from "./calendar.js";
import type { ArticleDate, QuoteSpan, Sentence, TimeExpression } from "./model.js";
import { insideQuote } from "./quote-spans.js";
import { execAll } from "./regex.js";

// Only sentences that may hold a date are given to chrono: it is the costly step.
const MAY_HOLD_DATE_RE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:today|tonight|yesterday|tomorrow)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\b(?:last|this|earlier|later) (?:week|weekend|month|year|morning|afternoon|evening|night)\b|\bthe weekend\b|\bnew year|\bchristmas\b|\b(?:hours|minutes) later\b|\b(?:later|earlier) that day\b|\bthe same day\b|\bago\b/i;

// What chrono reads that is a span of time rather than a point: "in eight days", "past 24 hours".
const DURATION_RE =
  /\b(?:in|within|for|past|next|over)\b[^,.;]*\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:hours?|days?|weeks?|months?|years?)\b/i;
const FUTURE_RE = /\b(?:tomorrow|next|coming|upcoming)\b/i;
// "ten days after", "two weeks later": relative to another event, not to the publication.
const RELATIVE_TO_EVENT_RE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:after|later|before|earlier)\b/i;
const SAME_DAY_RE =
  /\b(?:hours|minutes) later\b|\b(?:later|earlier) that day\b|\bthe same day\b|\bthat (?:evening|night|afternoon)\b/gi;
const YEAR_RE = /\b(?:in|since|during|by|of|until|before|after) ((?:19|20)\d{2})\b(?![-/])/gi;
const HOLIDAYS: readonly { re: RegExp; month: number; day: number }[] = [
  { re: /\bnew year['’]s day\b/gi, month: 1, day: 1 },
  { re: /\bnew year['’]s eve\b/gi, month: 12, day: 31 },
  { re: /\bchristmas day\b|\bchristmas\b/gi, month: 12, day: 25 },
  { re: /\bindependence day\b/gi, month: 7, day: 4 },
];

// "last week", "at the weekend": spans of days, dated to the month (or year) that holds them.
const WEEK_SPAN_RE = /\blast week\b|\b(?:at|over|during) the weekend\b|\b(?:this|last) weekend\b/gi;

/** The day span a week expression names in a text of `day`. */
function weekSpan(expressionText: string, day: string): readonly [string, string] {
  const lower = expressionText.toLowerCase();
  if (lower === "last week") return previousWeek(day);
  return recentWeekend(day, lower.startsWith("last"));
}

const WEEKDAY_OF: Readonly<Record<string, number>> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};

function expression(
  start: number,
  text: string,
  value: string | null,
  precision: TimeExpression["precision"],
  basis: TimeExpression["basis"],
  weekday: number | null = null,
  month: number | null = null,
): TimeExpression {
  return {
    start,
    end: start + text.length,
    text,
    value,
    precision: value === null ? null : precision,
    basis: value === null ? null : basis,
    weekday,
    month,
    sameDayAsPrevious: false,
  };
}

// Words that make chrono fill a date in from its reference: "yesterday", "last month", "this morning".
const RELATIVE_WORDS_RE = /\b(?:today|tonight|yesterday|last|this|ago|earlier|morning|evening|afternoon)\b/i;

/** Resolves one chrono result against the publication day; null when it is not a point in time. */
function resolveResult(
  result: chrono.ParsedResult,
  at: number,
  published: string | null,
): TimeExpression | null {
  // chrono may take the comma after "on Tuesday," into its text; the clause ends before it.
  const text = result.text.trim().replace(/[,.;:]+$/, "");
  if (DURATION_RE.test(result.text) || FUTURE_RE.test(text) || RELATIVE_TO_EVENT_RE.test(text)) return null;
  const c = result.start;
  const year = c.isCertain("year") ? c.get("year") : null;
  const month = c.isCertain("month") ? c.get("month") : null;
  const day = c.isCertain("day") ? c.get("day") : null;
  const weekdayMatch = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*day\b/i.exec(text);
  const weekday = weekdayMatch?.[1] ? (WEEKDAY_OF[weekdayMatch[1].toLowerCase()] ?? null) : null;
  if (/weekend/i.test(text)) return null;
  // "this morning", "tonight": the day of publication, which chrono leaves uncertain.
  if (/\bthis (?:morning|afternoon|evening)\b|\btonight\b/i.test(text)) {
    return published === null ? null : expression(at, text, published, "day", "inferred");
  }
  if (/\bweek\b/i.test(text)) return null;

  if (year !== null && month !== null && day !== null) {
    // "yesterday", "today", "last month": chrono fills them in from the reference.
    const relative = RELATIVE_WORDS_RE.test(text);
    if (relative) {
      if (published === null) return null;
      const precision = /\bmonth\b/i.test(text) ? "month" : /\byear\b/i.test(text) ? "year" : "day";
      const full = isoDay(year, month, day);
      const value = precision === "month" ? full.slice(0, 7) : precision === "year" ? full.slice(0, 4) : full;
      return expression(at, text, value, precision, "inferred", weekday);
    }
    return expression(at, text, isoDay(year, month, day), "day", "stated", weekday);
  }
  if (year !== null && month !== null) {
    // "earlier this month": chrono takes the month from the reference, which is no date at all
    // in an undated article.
    const value = `${String(year)}-${String(month).padStart(2, "0")}`;
    if (RELATIVE_WORDS_RE.test(text)) {
      return published === null ? null : expression(at, text, value, "month", "inferred", null, month);
    }
    return expression(at, text, value, "month", "stated", null, month);
  }
  if (month !== null && day !== null) {
    const value = published === null ? null : mostRecentMonthDay(published, month, day);
    return expression(at, text, value, "day", "inferred", weekday, month);
  }
  if (month !== null) {
    const value = published === null ? null : mostRecentMonth(published, month);
    return expression(at, text, value, "month", "inferred", null, month);
  }
  if (weekday !== null) {
    const value = published === null ? null : mostRecentWeekday(published, weekday);
    return expression(at, text, value, "day", "inferred", weekday);
  }
  return null;
}

const LAST_YEAR_AFTER_RE = /^,?\s+(?:of\s+)?last year\b/i;
const FUTURE_CLAUSE_RE =
  /\b(?:will|shall|(?:is|are|was|were) (?:due|expected|set|scheduled|slated|going|planning) to|plans? to|intends? to)\b[^,;:]*$/i;

/** Whether the clause leading up to `index` speaks of what is yet to happen. */
function inFutureClause(sentence: string, index: number): boolean {
  return FUTURE_CLAUSE_RE.test(sentence.slice(Math.max(0, index - 80), index));
}

const CUE_RE = new RegExp(MAY_HOLD_DATE_RE.source, "gi");
const WINDOW = 40;

/**
 * Runs chrono only on windows around the words that may start a date, not on whole
 * sentences: the parse cost grows with the text given. Result offsets are relative
 * to `text`.
 */
function parseAroundCues(
  text: string,
  reference: chrono.ParsingReference,
): { readonly result: chrono.ParsedResult; readonly index: number }[] {
  const windows: [number, number][] = [];
  for (const m of execAll(CUE_RE, text)) {
    const start = Math.max(0, m.index - WINDOW);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const results: { result: chrono.ParsedResult; index: number }[] = [];
  for (const [start, end] of windows) {
    // Widen to word boundaries so a window never cuts a word in two.
    let s = start;
    while (s > 0 && /\S/.test(text.charAt(s - 1))) s--;
    let e = end;
    while (e < text.length && /\S/.test(text.charAt(e))) e++;
    for (const result of chrono.en.casual.parse(text.slice(s, e), reference, { forwardDate: false })) {
      results.push({ result, index: result.index + s });
    }
  }
  return results;
}

/**
 * Finds the temporal expressions of the story, outside quotations, resolved against
 * the publication day. Without a publication day, relative expressions keep a null
 * value (never "today") but remember the weekday they name.
 */
export function findTimeExpressions(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly QuoteSpan[],
  published: ArticleDate | null,
): TimeExpression[] {
  const day = published?.precision === "day" ? published.value : null;
  const reference = { instant: new Date(`${day ?? "2000-01-01"}T12:00:00Z`), timezone: 0 };
  const found: TimeExpression[] = [];
  for (const sentence of sentences) {
    if (sentence.kind !== "body") continue;
    const inSentence: TimeExpression[] = [];
    for (const { result, index } of parseAroundCues(sentence.text, reference)) {
      const at = sentence.start + index;
      if (insideQuote(quotes, at)) continue;
      const resolved = resolveResult(result, at, day);
      // "will travel to Mumbai on Friday": a plan; reading its weekday backwards would invent a day.
      if (resolved?.basis === "inferred" && inFutureClause(sentence.text, index)) continue;
      // "in March last year": the month of the year before the article's.
      if (
        resolved?.value &&
        day !== null &&
        resolved.basis === "inferred" &&
        (resolved.precision === "month" || resolved.precision === "day") &&
        LAST_YEAR_AFTER_RE.test(sentence.text.slice(index + result.text.length))
      ) {
        const year = String(Number(day.slice(0, 4)) - 1).padStart(4, "0");
        inSentence.push({ ...resolved, value: year + resolved.value.slice(4) });
        continue;
      }
      // A day inferred after publication is a misreading: news reports what has happened.
      if (resolved && !(resolved.basis === "inferred" && day !== null && (resolved.value ?? "") > day)) {
        inSentence.push(resolved);
      }
    }
    for (const m of execAll(SAME_DAY_RE, sentence.text)) {
      const at = sentence.start + m.index;
      if (insideQuote(quotes, at)) continue;
      inSentence.push({ ...expression(at, m[0], null, null, null), sameDayAsPrevious: true });
    }
    for (const m of execAll(YEAR_RE, sentence.text)) {
      const yearText = m[1] ?? "";
      const at = sentence.start + m.index + m[0].length - yearText.length;
      if (insideQuote(quotes, at) || inSentence.some((e) => at >= e.start && at < e.end)) continue;
      inSentence.push(expression(at, yearText, yearText, "year", "stated"));
    }
    for (const m of execAll(WEEK_SPAN_RE, sentence.text)) {
      const at = sentence.start + m.index;
      if (insideQuote(quotes, at) || inSentence.some((e) => at < e.end && e.start < at + m[0].length))
        continue;
      const period = day === null ? null : containingPeriod(...weekSpan(m[0], day));
      inSentence.push(expression(at, m[0], period?.value ?? null, period?.precision ?? null, "inferred"));
    }
    for (const h of HOLIDAYS) {
      for (const m of execAll(h.re, sentence.text)) {
        const at = sentence.start + m.index;
        if (insideQuote(quotes, at) || inSentence.some((e) => at >= e.start && at < e.end)) continue;
        inSentence.push(
          expression(
            at,
            m[0],
            day === null ? null : mostRecentMonthDay(day, h.month, h.day),
            "day",
            "inferred",
          ),
        );
      }
    }
    found.push(...inSentence.sort((a, b) => a.start - b.start));
  }
  return found;
}
