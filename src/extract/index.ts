/**
 * The extraction layer's public entry: read inputs, extract one interchange
 * document for all of them. Pure TypeScript, no database.
 */
import type { Diagnostic, ExtractionDocument } from "../domain/types.js";
import { buildDocument } from "./document.js";
import { mergeArticles } from "./merge.js";
import type { ArticleAnalysis, InputArticle } from "./model.js";
import { analyzeArticle } from "./pipeline.js";

export { readInputs, readInputFile, textProblem, type ReadResult } from "./reader.js";
export { formatSummary } from "./summary.js";
export { addDays } from "./calendar.js";
export {
  isSpeech,
  RECENT_EVENT_DAYS,
  sameKindOfHappening,
  shareCoreParticipants,
  type HappeningKind,
} from "./happening.js";
export type { InputArticle } from "./model.js";
// How the extractor compares names, for looking up what an analyst types ("joe biden", "Kirby").
export { foldName } from "./normalize.js";
export { givenNameKey } from "./resolve-entities.js";

/** Extracts actors, places, events and quotes from the articles, merged across them. */
export function extractArticles(
  inputs: readonly InputArticle[],
  inputDiagnostics: readonly Diagnostic[] = [],
): ExtractionDocument {
  return assembleDocument(inputs.map(analyzeArticle), inputDiagnostics);
}

/**
 * The document for analyses made one article at a time (here or on worker threads, in input
 * order): the same article given twice is kept once, then the articles are merged.
 */
export function assembleDocument(
  analyses: readonly ArticleAnalysis[],
  inputDiagnostics: readonly Diagnostic[] = [],
): ExtractionDocument {
  const seen = new Set<string>();
  const diagnostics = [...inputDiagnostics];
  const kept = [];
  for (const analysis of analyses) {
    const { input } = analysis;
    if (seen.has(analysis.id)) {
      diagnostics.push({
        severity: "warning",
        rule: "extract/duplicate-article",
        reason: "the same article (same url or text) was given twice; extracted once",
        file: input.source,
        ...(input.line === null ? {} : { line: input.line }),
      });
      continue;
    }
    seen.add(analysis.id);
    kept.push(analysis);
  }
  return buildDocument(kept, mergeArticles(kept), diagnostics);
}
