/**
 * Importing a sequence of extraction documents (the batches of an extraction stream, or of an
 * extraction running alongside) one after the other, so memory holds one batch. Each batch is an
 * import of its own: events it shares with earlier batches join them through the cross-run merge.
 */
import type { Driver } from "neo4j-driver";
import type { CheckedDocument } from "./document.js";
import { importDocument, type ImportOptions, type ImportSummary, type NodeCounts } from "./importer.js";

const sum = (a: NodeCounts, b: NodeCounts): NodeCounts => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  deleted: a.deleted + b.deleted,
});

/** The summary of two imports run one after the other. */
export function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  return {
    articles: {
      created: a.articles.created + b.articles.created,
      replaced: a.articles.replaced + b.articles.replaced,
      unchanged: a.articles.unchanged + b.articles.unchanged,
      failed: a.articles.failed + b.articles.failed,
    },
    actors: sum(a.actors, b.actors),
    places: sum(a.places, b.places),
    events: sum(a.events, b.events),
    quotes: sum(a.quotes, b.quotes),
    eventsJoined: a.eventsJoined + b.eventsJoined,
    failures: [...a.failures, ...b.failures],
    warnings: [...a.warnings, ...b.warnings],
    seconds: a.seconds + b.seconds,
  };
}

export interface StreamImportOptions extends ImportOptions {
  /** Called after each batch with the batch's summary and the running total. */
  readonly onBatch?: (batch: ImportSummary, total: ImportSummary) => void;
}

/** Imports the documents in order; the summary's time is the whole run's, reading included. */
export async function importDocuments(
  driver: Driver,
  documents: AsyncIterable<CheckedDocument>,
  options: StreamImportOptions,
): Promise<ImportSummary | null> {
  const startedAt = performance.now();
  let total: ImportSummary | null = null;
  for await (const checked of documents) {
    const batch = await importDocument(driver, checked, {
      ...options,
      skipSchema: options.skipSchema === true || total !== null,
    });
    total = total === null ? batch : addSummaries(total, batch);
    options.onBatch?.(batch, total);
  }
  return total === null ? null : { ...total, seconds: (performance.now() - startedAt) / 1000 };
}
