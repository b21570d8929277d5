/** The GraphQL API: one entry for the CLI and the benchmarks. */
export {
  createApiServer,
  GRAPHQL_PATH,
  type ApiServer,
  type ApiServerOptions,
  type ListenOptions,
} from "./server.js";
export { EXAMPLE_QUERIES, type ExampleQuery } from "./example-queries.js";
export { DEFAULT_LIMITS, type GuardRailLimits } from "./guard-rails.js";
export { apiSettingsFromEnv, type ApiEnvSettings } from "./config.js";
export type { ArticleInput, IngestArticles, IngestDiagnostic, IngestReport } from "./ingest.js";
export type {
  RenderedExport,
  VisualisationFilterArgs,
  VisualisationOutcome,
  VisualisationService,
} from "./visualisation.js";
export { createPipelineIngest, extractAndImport } from "./pipeline.js";
