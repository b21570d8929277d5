/**
 * The checks every article gets before extraction, whether it comes from a file or from the
 * API's `ingestArticles`: one rule set, so both refuse and warn alike.
 */
import type { Diagnostic } from "../domain/types.js";
import { addDays } from "./calendar.js";
import type { InputArticle } from "./model.js";

/** Larger inputs are refused: they are not news articles and would stall the batch. */
export const MAX_ARTICLE_BYTES = 1_000_000;

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * Invisible characters that split a word for the eye but not for the reader ("Jo\u200be"):
 * zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Why a text cannot be an article, or null when it can. */
export function textProblem(text: string): { rule: string; reason: string } | null {
  if (text.trim().length === 0) return { rule: "reader/empty", reason: "the article text is empty" };
  if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) {
    return {
      rule: "reader/too-large",
      reason: `the article text is larger than ${MAX_ARTICLE_BYTES} bytes; not a news article`,
    };
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    const line = text.slice(0, control.index).split("\n").length;
    return {
      rule: "reader/control-character",
      reason: `the text contains the control character U+${code} at offset ${control.index} (line ${line}); not article text`,
    };
  }
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  const tags = (
    text.slice(0, 20_000).match(/<\/?(?:div|p|span|a|script|style|meta|head|body|br|li)\b/gi) ?? []
  ).length;
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || tags > 20) {
    return { rule: "reader/html", reason: "the input is HTML, not article text; extract the text first" };
  }
  return null;
}

/**
 * A text without its invisible characters, and the way back to offsets in the original. Plain
 * data, not a closure, so that an analysis made on a worker thread can be posted back whole.
 */
export interface VisibleText {
  readonly text: string;
  /** Where each removed character stood, as an offset into `text`, ascending. */
  readonly removedAt: readonly number[];
}

export function withoutInvisibles(original: string): VisibleText {
  const removedAt: number[] = [];
  const text = original.replace(INVISIBLE, (_, offset: number) => {
    // The i-th removed character stood where `text` has offset `offset - i`.
    removedAt.push(offset - removedAt.length);
    return "";
  });
  return { text, removedAt };
}

/** The original offset of an offset into the visible text: one more for each character removed at or before it. */
export function toOriginalOffset(removedAt: readonly number[], offset: number): number {
  let low = 0;
  let high = removedAt.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((removedAt[mid] ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return offset + low;
}

/** Today in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function isRealDay(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === iso;
}

/** A given publication date: normalised to YYYY-MM-DD, absent, or what is wrong with it. */
export type PublishedAtCheck =
  | { readonly value: string | null }
  | {
      readonly problem: {
        readonly severity: "warning" | "error";
        readonly rule: string;
        readonly reason: string;
      };
    };

/**
 * Reads a given publication date. An unreadable one is a warning (the text is searched for the
 * date instead); a date after the import day is an error, as no article is published in the
 * future (a day of grace covers the time zones ahead of UTC).
 */
export function checkPublishedAt(value: unknown, today = todayUtc()): PublishedAtCheck {
  if (value === undefined || value === null || value === "") return { value: null };
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const parsed = iso ? null : new Date(text);
  const day = iso
    ? `${iso[1] ?? ""}-${iso[2] ?? ""}-${iso[3] ?? ""}`
    : parsed && !Number.isNaN(parsed.getTime()) && text !== ""
      ? parsed.toISOString().slice(0, 10)
      : null;
  if (day === null || !isRealDay(day)) {
    return {
      problem: {
        severity: "warning",
        rule: "reader/bad-published-at",
        reason: `publishedAt ${JSON.stringify(value)} is not a date; the publication date is read from the text instead`,
      },
    };
  }
  if (day > addDays(today, 1)) {
    return {
      problem: {
        severity: "error",
        rule: "reader/future-published-at",
        reason: `publishedAt ${day} is after the import day (${today}); an article cannot be published in the future`,
      },
    };
  }
  return { value: day };
}

/** What an input gives for one article, before the checks: its date still unread. */
export type ArticleFields = Omit<InputArticle, "publishedAt" | "diagnostics"> & {
  readonly publishedAt: unknown;
};

/**
 * The article, with warnings about it, or the error that keeps it out of the batch. Diagnostics
 * name `file` (the input file, or the name an API client gave) and the JSON line, if any.
 */
export function checkArticle(
  fields: ArticleFields,
  file = fields.source,
  today = todayUtc(),
): InputArticle | Diagnostic {
  const where = { file, ...(fields.line === null ? {} : { line: fields.line }) };
  const bad = textProblem(fields.text);
  if (bad) return { severity: "error", ...bad, ...where };
  const published = checkPublishedAt(fields.publishedAt, today);
  if ("problem" in published && published.problem.severity === "error")
    return { ...published.problem, ...where };
  return {
    ...fields,
    publishedAt: "value" in published ? published.value : null,
    diagnostics: "problem" in published ? [{ ...published.problem, ...where }] : [],
  };
}
