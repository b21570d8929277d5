/**
 * The extraction layer's public entry: read inputs, extract one interchange
 * document for all of them. Pure TypeScript, no database.
 */
import type { Diagnostic, ExtractionDocument } from "../domain/types.js";
import { buildDocument } from "./document.js";
import { mergeArticles } from "./merge.js";
import type { ArticleAnalysis, InputArticle } from "./model.js";
import { analyzeArticle } from "./pipeline.js";

export { readInputs, readInputFile, type ReadResult } from "./reader.js";
export { checkArticle, textProblem, type ArticleFields } from "./input-checks.js";
export { formatSummary } from "./summary.js";
export { addDays } from "./calendar.js";
export type { InputArticle } from "./model.js";

/** Where an input came from, for messages: `feed.jsonl line 3`, or its source. */
function locationOf(input: InputArticle): string {
  return input.line === null ? input.source : `${input.source.replace(/#[^#]*$/, "")} line ${input.line}`;
}

function identityOf(input: InputArticle): string {
  if (input.externalId !== null) return `id "${input.externalId}"`;
  return input.url ? `url ${input.url}` : `source ${input.source}`;
}

/**
 * Extracts actors, places, events and quotes from the articles, merged across them. Two
 * inputs with one identity (id, else url, else source) are one article: the later is kept, as
 * the newer version, with a warning naming both.
 */
export function extractArticles(
  inputs: readonly InputArticle[],
  inputDiagnostics: readonly Diagnostic[] = [],
): ExtractionDocument {
  return assembleDocument(inputs.map(analyzeArticle), inputDiagnostics);
}

/**
 * The document for analyses made one article at a time (here or on worker threads, in input
 * order): of two with one identity the later is kept, then the articles are merged.
 */
export function assembleDocument(
  analyses: readonly ArticleAnalysis[],
  inputDiagnostics: readonly Diagnostic[] = [],
): ExtractionDocument {
  const diagnostics = [...inputDiagnostics];
  const byId = new Map<string, ArticleAnalysis>();
  for (const analysis of analyses) {
    const { input } = analysis;
    const earlier = byId.get(analysis.id)?.input;
    if (earlier) {
      diagnostics.push({
        severity: "warning",
        rule: "extract/duplicate-article",
        reason: `${identityOf(input)} is given twice, at ${locationOf(earlier)} and at ${locationOf(input)}; the later is kept`,
        file: input.source,
        ...(input.line === null ? {} : { line: input.line }),
      });
      // Delete first so the kept article takes the later place in the batch order.
      byId.delete(analysis.id);
    }
    byId.set(analysis.id, analysis);
  }
  const kept = [...byId.values()];
  return buildDocument(kept, mergeArticles(kept), diagnostics);
}
