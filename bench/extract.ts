/**
 * Extraction throughput, articles per second on one core (Node runs the pipeline on
 * one thread). Articles of 500-1,000 words are assembled from the seed articles and
 * the hand-written test articles. Run: npx tsx bench/extract.ts [count]
 *
 * Baseline measured in the same run: cleaning and sentence splitting only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanArticle } from "../src/extract/clean.js";
import { gazetteer } from "../src/extract/gazetteer.js";
import { extractArticles } from "../src/extract/index.js";
import type { InputArticle } from "../src/extract/model.js";
import { analyzeArticle } from "../src/extract/pipeline.js";
import { findQuoteSpans } from "../src/extract/quote-spans.js";
import { splitSentences } from "../src/extract/sentences.js";

const root = join(import.meta.dirname, "..");
const count = Number(process.argv[2] ?? 500);

function sourceTexts(): string[] {
  const seeds = readdirSync(join(root, "import"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(root, "import", f), "utf8"));
  const stories = readdirSync(join(root, "tests/fixtures/articles/stories"))
    .filter((f) => f.endsWith(".txt") || f.endsWith(".md"))
    .map((f) =>
      readFileSync(join(root, "tests/fixtures/articles/stories", f), "utf8").replace(/^---[\s\S]*?---\n/, ""),
    );
  return [...seeds, ...stories];
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Articles of 500-1,000 words: a source text, topped up with paragraphs of the next ones. */
function corpus(n: number): InputArticle[] {
  const texts = sourceTexts();
  const out: InputArticle[] = [];
  for (let i = 0; i < n; i++) {
    let text = texts[i % texts.length] ?? "";
    for (let k = 1; words(text) < 500; k++) text += `\n\n${texts[(i + k) % texts.length] ?? ""}`;
    if (words(text) > 1000) text = text.split(/\s+/).slice(0, 1000).join(" ");
    text += `\n\nReference ${String(i)}.`;
    out.push({
      source: `bench-${String(i)}.txt`,
      line: null,
      externalId: null,
      url: null,
      title: null,
      outlet: null,
      publishedAt: i % 2 === 0 ? "2023-11-08" : null,
      text,
      diagnostics: [],
    });
  }
  return out;
}

/**
 * Articles per second of CPU time used by this process (the machine may be shared:
 * CPU time is what one core spends, wall time is printed beside it).
 */
function rate(label: string, n: number, run: () => void): number {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const wallSeconds = (performance.now() - wallStart) / 1000;
  const perSecond = n / cpuSeconds;
  console.log(
    `${label.padEnd(44)} ${perSecond.toFixed(0).padStart(6)} articles/s of CPU  (${cpuSeconds.toFixed(2)} s CPU, ${wallSeconds.toFixed(2)} s wall, ${String(n)} articles)`,
  );
  return perSecond;
}

const loadStart = performance.now();
gazetteer();
console.log(`gazetteer and lexicons, built once: ${(performance.now() - loadStart).toFixed(0)} ms`);

const articles = corpus(count);
const totalWords = articles.reduce((sum, a) => sum + words(a.text), 0);
console.log(
  `corpus: ${String(articles.length)} articles, ${(totalWords / articles.length).toFixed(0)} words on average`,
);

// Warm up the JIT on a few articles before measuring.
for (const a of articles.slice(0, 20)) analyzeArticle(a);

const baseline = rate("baseline: clean + sentences only", articles.length, () => {
  for (const a of articles) {
    const blocks = cleanArticle(a.text);
    const quotes = blocks
      .filter((b) => b.kind === "body")
      .flatMap((b) => findQuoteSpans(a.text, b.start, b.end));
    splitSentences(a.text, blocks, quotes);
  }
});
const perArticle = rate("full per-article pipeline (analyzeArticle)", articles.length, () => {
  for (const a of articles) analyzeArticle(a);
});
const batch = rate("full batch with cross-article merge", articles.length, () => {
  extractArticles(articles);
});
console.log(
  `result: ${batch.toFixed(0)} articles/s end to end (goal >= 200); per-article stages ${perArticle.toFixed(0)}/s; baseline ${baseline.toFixed(0)}/s`,
);
