/**
 * The graph layer: the Neo4j model (docs/graph-model.md), its schema, and the batched,
 * idempotent import of extraction documents.
 */
export type { ArticleUnit, ImportFailure } from "./article-units.js";
export { backoffDelays, ensureReachable, Neo4jUnreachableError, type BackoffPolicy } from "./connectivity.js";
export {
  DocumentError,
  checkExtractionDocument,
  parseExtractionDocument,
  type CheckedDocument,
} from "./document.js";
export type { DateWindow, HappeningView, SameHappeningRule } from "./event-resolution.js";
export {
  DEFAULT_BATCH_SIZE,
  importDocument,
  type ArticleCounts,
  type ImportOptions,
  type ImportSummary,
  type NodeCounts,
} from "./importer.js";
export { barProgress, lineProgress, progressFor, type ImportProgress } from "./progress.js";
export { extractionSameHappening } from "./same-happening.js";
export { addSummaries, importDocuments, type StreamImportOptions } from "./stream-import.js";
export { openExtractionStream, readExtractionStream } from "./stream.js";
export { ensureSchema, EVIDENCE_INDEX, schemaStatements, SEARCH_INDEX } from "./schema.js";
export { formatImportSummary } from "./summary.js";
export {
  describeEntity,
  explainNameMatch,
  lookupName,
  matchName,
  type NamedEntity,
  type NamedKind,
  type NameMatch,
} from "./name-lookup.js";
