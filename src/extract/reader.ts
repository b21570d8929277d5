import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Diagnostic } from "../domain/types.js";
import { parseFrontMatter } from "./front-matter.js";
import type { InputArticle } from "./model.js";

/** Larger inputs are refused: they are not news articles and would stall the batch. */
export const MAX_ARTICLE_BYTES = 1_000_000;
const MAX_FILE_BYTES = 200_000_000;

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".text"]);
const JSON_EXTENSIONS = new Set([".json"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

export interface ReadResult {
  readonly articles: readonly InputArticle[];
  /** Problems that left an input without any article. */
  readonly diagnostics: readonly Diagnostic[];
}

function problem(file: string, rule: string, reason: string, line?: number): Diagnostic {
  return line === undefined
    ? { severity: "error", rule, reason, file }
    : { severity: "error", rule, reason, file, line };
}

/** Normalises a given publication date to YYYY-MM-DD; null when absent or unreadable. */
export function normalizePublishedAt(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const text = String(value).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1] ?? ""}-${iso[2] ?? ""}-${iso[3] ?? ""}`;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

/** Why a text cannot be an article, or null when it can. */
export function textProblem(text: string): { rule: string; reason: string } | null {
  if (text.trim().length === 0) return { rule: "reader/empty", reason: "the article text is empty" };
  if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) {
    return {
      rule: "reader/too-large",
      reason: `the article text is larger than ${MAX_ARTICLE_BYTES} bytes; not a news article`,
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

function decode(file: string, bytes: Buffer): { text: string } | { diagnostic: Diagnostic } {
  if (bytes.length === 0) return { diagnostic: problem(file, "reader/empty", "the file is empty") };
  if (bytes.subarray(0, 8000).includes(0)) {
    return { diagnostic: problem(file, "reader/binary", "the file is binary (it contains NUL bytes)") };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { diagnostic: problem(file, "reader/invalid-utf8", "the file is not valid UTF-8") };
  }
}

function fromRecord(
  file: string,
  record: unknown,
  where: { line?: number; index?: number },
): InputArticle | Diagnostic {
  const at = where.line ?? (where.index === undefined ? undefined : where.index + 1);
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return problem(file, "reader/not-an-article", "the record is not a JSON object", where.line);
  }
  const r = record as Record<string, unknown>;
  const text = r.text ?? r.body ?? r.content;
  if (typeof text !== "string") {
    return problem(file, "reader/missing-text", 'the record has no "text" string', where.line);
  }
  const bad = textProblem(text);
  if (bad) return problem(file, bad.rule, bad.reason, where.line);
  const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
  const id = str(r.id) ?? (typeof r.id === "number" ? String(r.id) : null);
  return {
    source: at === undefined ? file : `${file}#${id ?? String(at)}`,
    line: where.line ?? null,
    externalId: id,
    url: str(r.url),
    title: str(r.title),
    outlet: str(r.source) ?? str(r.outlet),
    publishedAt: normalizePublishedAt(r.publishedAt ?? r.published_at ?? r.date),
    text,
    diagnostics: [],
  };
}

function readTextArticle(file: string, content: string): InputArticle | Diagnostic {
  const fm = parseFrontMatter(content);
  const text = content.slice(fm.bodyOffset);
  const bad = textProblem(text);
  if (bad) return problem(file, bad.rule, bad.reason);
  const f = fm.fields;
  return {
    source: file,
    line: null,
    externalId: f.id ?? null,
    url: f.url ?? null,
    title: f.title ?? null,
    outlet: f.source ?? f.outlet ?? null,
    publishedAt: normalizePublishedAt(f.publishedAt ?? f.date),
    text,
    diagnostics: [],
  };
}

function readJson(file: string, content: string): (InputArticle | Diagnostic)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (e) {
    return [problem(file, "reader/invalid-json", `invalid JSON: ${(e as Error).message}`)];
  }
  const records: unknown[] = Array.isArray(parsed)
    ? parsed
    : typeof parsed === "object" &&
        parsed !== null &&
        Array.isArray((parsed as { articles?: unknown }).articles)
      ? (parsed as { articles: unknown[] }).articles
      : [parsed];
  if (records.length === 1) return [fromRecord(file, records[0], {})];
  return records.map((r, index) => fromRecord(file, r, { index }));
}

function readJsonLines(file: string, content: string): (InputArticle | Diagnostic)[] {
  const out: (InputArticle | Diagnostic)[] = [];
  content.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      out.push(problem(file, "reader/invalid-json-line", `invalid JSON: ${(e as Error).message}`, i + 1));
      return;
    }
    out.push(fromRecord(file, parsed, { line: i + 1 }));
  });
  if (out.length === 0) out.push(problem(file, "reader/empty", "the file has no JSON lines"));
  return out;
}

/** Reads one file into articles and diagnostics; never throws for bad content. */
export async function readInputFile(file: string): Promise<(InputArticle | Diagnostic)[]> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES) return [problem(file, "reader/too-large", "the file is too large")];
    bytes = await readFile(file);
  } catch (e) {
    return [
      problem(
        file,
        "reader/unreadable",
        `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      ),
    ];
  }
  const decoded = decode(file, bytes);
  if ("diagnostic" in decoded) return [decoded.diagnostic];
  const ext = extname(file).toLowerCase();
  if (JSON_EXTENSIONS.has(ext)) return readJson(file, decoded.text);
  if (JSONL_EXTENSIONS.has(ext)) return readJsonLines(file, decoded.text);
  return [readTextArticle(file, decoded.text)];
}

async function expand(path: string, out: string[], diagnostics: Diagnostic[]): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    diagnostics.push(problem(path, "reader/not-found", "no such file or directory"));
    return;
  }
  if (!info.isDirectory()) {
    out.push(path);
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) await expand(child, out, diagnostics);
    else {
      const ext = extname(entry.name).toLowerCase();
      if (TEXT_EXTENSIONS.has(ext) || JSON_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext)) out.push(child);
    }
  }
}

function isDiagnostic(value: InputArticle | Diagnostic): value is Diagnostic {
  return "rule" in value;
}

/**
 * Reads files and directories (recursively, in name order) a few files at a time: each batch is
 * whole files holding at least `size` articles (the last may hold fewer), so a corpus of many
 * files is never in memory at once.
 */
export async function* readInputBatches(paths: readonly string[], size: number): AsyncGenerator<ReadResult> {
  const files: string[] = [];
  let diagnostics: Diagnostic[] = [];
  for (const path of paths) await expand(path, files, diagnostics);
  let articles: InputArticle[] = [];
  for (const file of files) {
    for (const item of await readInputFile(file)) {
      if (isDiagnostic(item)) diagnostics.push(item);
      else articles.push(item);
    }
    if (articles.length >= size) {
      yield { articles, diagnostics };
      articles = [];
      diagnostics = [];
    }
  }
  if (articles.length > 0 || diagnostics.length > 0) yield { articles, diagnostics };
}

/** Reads files and directories (recursively, in name order) into articles. */
export async function readInputs(paths: readonly string[]): Promise<ReadResult> {
  // One batch: the size is never reached.
  for await (const batch of readInputBatches(paths, Number.POSITIVE_INFINITY)) return batch;
  return { articles: [], diagnostics: [] };
}
