/**
 * The real write path behind `ingestArticles` and `newsgraph serve`'s first import:
 * extraction (src/extract) then the idempotent import (src/graph).
 */
import type { Driver } from "neo4j-driver";
import type { Diagnostic } from "../domain/types.js";
import { checkArticle, extractArticles, type InputArticle } from "../extract/index.js";
import { checkExtractionDocument, importDocument, type ImportProgress } from "../graph/index.js";
import type { IngestArticles, IngestReport } from "./ingest.js";

/** Extracts and imports the articles; problems with single articles come back as diagnostics. */
export async function extractAndImport(
  driver: Driver,
  database: string | undefined,
  inputs: readonly InputArticle[],
  inputDiagnostics: readonly Diagnostic[] = [],
  origin = "ingestArticles",
  options: { readonly progress?: ImportProgress } = {},
): Promise<IngestReport> {
  const document = extractArticles(inputs, inputDiagnostics);
  const checked = checkExtractionDocument(document, origin);
  const summary = await importDocument(driver, checked, {
    ...(database ? { database } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
    documentFile: origin,
  });
  const diagnostics = [
    ...document.diagnostics,
    ...document.articles.flatMap((article) => article.diagnostics),
  ].map(({ severity, rule, reason, file }) => ({ severity, rule, reason, file }));
  // Failures without an article are the extraction's own errors, listed above already.
  for (const failure of summary.failures.filter((f) => f.article !== null)) {
    diagnostics.push({
      severity: "error",
      rule: "import/failed",
      reason: failure.reason,
      file: failure.file,
    });
  }
  return {
    articles: document.articles.length - summary.articles.failed,
    events: document.events.length,
    quotes: document.quotes.length,
    diagnostics,
  };
}

/**
 * Texts come straight from the request, not through the file reader, so they get the reader's
 * checks here (the same function): an empty, oversized or HTML text, control characters, a
 * date in the future are diagnostics naming the article, and the rest lands.
 */
export function createPipelineIngest(driver: Driver, database: string | undefined): IngestArticles {
  return (articles) => {
    const inputs: InputArticle[] = [];
    const rejected: Diagnostic[] = [];
    for (const article of articles) {
      const checked = checkArticle({
        source: article.source,
        line: null,
        externalId: null,
        url: article.url ?? null,
        title: article.title ?? null,
        outlet: article.outlet ?? null,
        publishedAt: article.publishedAt ?? null,
        text: article.text,
      });
      if ("rule" in checked) rejected.push(checked);
      else inputs.push(checked);
    }
    return extractAndImport(driver, database, inputs, rejected);
  };
}
