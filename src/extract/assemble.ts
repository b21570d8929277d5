import type { Diagnostic, ExtractionDocument } from "../domain/types.js";
import { buildDocument } from "./document.js";
import { mergeArticles } from "./merge.js";
import type { ArticleAnalysis } from "./model.js";

/**
 * The document for analyses made one article at a time (here or on worker threads, in input
 * order): the same article given twice is kept once, then the articles are merged. `seen` holds the
 * ids of articles given before (in earlier batches of a stream); it gains this batch's.
 */
export function assembleDocument(
  analyses: readonly ArticleAnalysis[],
  inputDiagnostics: readonly Diagnostic[] = [],
  seen = new Set<string>(),
): ExtractionDocument {
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
