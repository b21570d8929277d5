import type { Diagnostic, ExtractionDocument } from "../domain/types.js";
import { buildDocument } from "./document.js";
import { mergeArticles } from "./merge.js";
import type { ArticleAnalysis, InputArticle } from "./model.js";

/** Where an input came from, for messages: `feed.jsonl line 3`, or its source. */
function locationOf(input: InputArticle): string {
  return input.line === null ? input.source : `${input.source.replace(/#[^#]*$/, "")} line ${input.line}`;
}

function identityOf(input: InputArticle): string {
  if (input.externalId !== null) return `id "${input.externalId}"`;
  return input.url ? `url ${input.url}` : `source ${input.source}`;
}

/**
 * The document for analyses made one article at a time (here or on worker threads, in input
 * order). Two inputs with one identity (id, else url, else source) are one article: the later is
 * kept, as the newer version, with a warning naming both. `seen` holds the articles given in
 * earlier batches of a stream (it gains this batch's): the same text again is left out, a changed
 * one is kept, and the importer replaces the earlier version, as it replaces any changed article.
 */
export function assembleDocument(
  analyses: readonly ArticleAnalysis[],
  inputDiagnostics: readonly Diagnostic[] = [],
  seen = new Map<string, InputArticle>(),
): ExtractionDocument {
  const diagnostics = [...inputDiagnostics];
  const byId = new Map<string, ArticleAnalysis>();
  for (const analysis of analyses) {
    const { input } = analysis;
    const given = seen.get(analysis.id);
    if (given?.text === input.text) {
      // The same article again in a later batch of a stream: it was extracted already.
      diagnostics.push({
        severity: "warning",
        rule: "extract/duplicate-article",
        reason: `${identityOf(input)} is given twice, at ${locationOf(given)} and at ${locationOf(input)}, with the same text; extracted once`,
        file: input.source,
        ...(input.line === null ? {} : { line: input.line }),
      });
      continue;
    }
    const earlier = byId.get(analysis.id)?.input ?? given;
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
  for (const analysis of kept) seen.set(analysis.id, analysis.input);
  return buildDocument(kept, mergeArticles(kept), diagnostics);
}
