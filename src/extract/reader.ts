import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { Diagnostic } from "../domain/types.js";
import { parseFrontMatter } from "./front-matter.js";
import { checkArticle } from "./input-checks.js";
import type { InputArticle } from "./model.js";

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
  const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
  const id = str(r.id) ?? (typeof r.id === "number" ? String(r.id) : null);
  return checkArticle(
    {
      source: at === undefined ? file : `${file}#${id ?? String(at)}`,
      line: where.line ?? null,
      externalId: id,
      url: str(r.url),
      title: str(r.title),
      outlet: str(r.source) ?? str(r.outlet),
      publishedAt: r.publishedAt ?? r.published_at ?? r.date,
      text,
    },
    file,
  );
}

function readTextArticle(file: string, content: string): InputArticle | Diagnostic {
  const fm = parseFrontMatter(content);
  const f = fm.fields;
  return checkArticle({
    source: file,
    line: null,
    externalId: f.id ?? null,
    url: f.url ?? null,
    title: f.title ?? null,
    outlet: f.source ?? f.outlet ?? null,
    publishedAt: f.publishedAt ?? f.date,
    text: content.slice(fm.bodyOffset),
  });
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

/** Collects the article files under a path; `visited` holds the real paths of directories read. */
async function expand(
  path: string,
  out: string[],
  diagnostics: Diagnostic[],
  visited: Set<string>,
): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    const link = await lstat(path).catch(() => null);
    diagnostics.push(
      link?.isSymbolicLink()
        ? problem(path, "reader/broken-link", "a symbolic link to nothing")
        : problem(path, "reader/not-found", "no such file or directory"),
    );
    return;
  }
  if (!info.isDirectory()) {
    out.push(path);
    return;
  }
  const real = await realpath(path);
  if (visited.has(real)) {
    diagnostics.push(problem(path, "reader/link-loop", `a link back to ${real}, which is read already`));
    return;
  }
  visited.add(real);
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const child = join(path, entry.name);
    // Symbolic links are followed: to a directory, to a file, or to nothing (reported).
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      const target = entry.isSymbolicLink() ? await stat(child).catch(() => null) : null;
      if (entry.isDirectory() || target?.isDirectory() !== false) {
        await expand(child, out, diagnostics, visited);
        continue;
      }
    }
    if (isArticleFile(entry.name)) out.push(child);
  }
}

function isArticleFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || JSON_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext);
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
  const visited = new Set<string>();
  for (const path of paths) await expand(normalize(path), files, diagnostics, visited);
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
