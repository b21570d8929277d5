/**
 * The extraction layer's public entry: read inputs, extract one interchange
 * document for all of them. Pure TypeScript, no database.
 */
import type { Diagnostic, ExtractionDocument } from "../domain/types.js";
import { assembleDocument } from "./assemble.js";
import type { InputArticle } from "./model.js";
import { analyzeArticle } from "./pipeline.js";

export { assembleDocument } from "./assemble.js";
export { defaultWorkers, openAnalysisPool, type AnalysisPool } from "./parallel.js";
export { readInputBatches, readInputs, readInputFile, type ReadResult } from "./reader.js";
export { checkArticle, textProblem, type ArticleFields } from "./input-checks.js";
export { extractBatches, streamRecords } from "./stream.js";
export { formatSummary } from "./summary.js";
export { addDays } from "./calendar.js";
export type { InputArticle } from "./model.js";
// How the extractor compares names, for looking up what an analyst types ("joe biden", "Kirby").
export { foldName } from "./normalize.js";
export { givenNameKey } from "./resolve-entities.js";

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
