/**
 * The visualisation layer: projections of the graph in Neo4j as graphology graphs, their
 * analytics, writers for the visualisation tools' formats, and the explorer page with its HTTP
 * routes.
 */
export { annotateGraph } from "./analytics/annotate.js";
export { betweennessCentralities } from "./analytics/betweenness.js";
export { louvainCommunities } from "./analytics/communities.js";
export { forceAtlas2Positions } from "./analytics/layout.js";
export { pageRanks } from "./analytics/pagerank.js";
export { weightedDegrees } from "./analytics/weighted-degree.js";
export { writeEdgesCsv, writeNodesCsv } from "./export/csv.js";
export { writeCytoscapeJson } from "./export/cytoscape.js";
export {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  isExportFormatName,
  type ExportFormat,
  type ExportFormatName,
  type RenderOptions,
} from "./export/formats.js";
export { buildPlacesGeoJson, writePlacesGeoJson } from "./export/geojson.js";
export { writeGexf } from "./export/gexf.js";
export { writeGraphologyJson } from "./export/graphology-json.js";
export { buildTimeline, writeTimelineJson } from "./export/timeline.js";
export { loadExplorerData, type ExplorerData } from "./explorer/data.js";
export {
  filterFromSearchParams,
  NO_FILTER,
  parseVizFilter,
  VizFilterError,
  type VizFilter,
  type VizFilterInput,
} from "./filter.js";
export type { VizEdgeAttributes, VizGraph, VizNodeAttributes } from "./graph.js";
export {
  createVisualisationRoutes,
  type VisualisationHandler,
  type VisualisationRoutesOptions,
} from "./http/routes.js";
export { buildActorEventGraph, buildActorNetwork } from "./projection/build.js";
export {
  loadActorEventGraph,
  loadActorNetwork,
  isProjectionKind,
  loadProjection,
  PROJECTIONS,
  type ProjectionKind,
} from "./projection/load.js";
export { neo4jProjectionSource } from "./projection/neo4j-source.js";
export * as projectionQueries from "./projection/queries.js";
export type * from "./projection/rows.js";
