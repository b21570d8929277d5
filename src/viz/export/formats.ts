/**
 * The export formats by name, shared by `newsgraph export` and `GET /export/<format>`: what each
 * reads from the projection source and how it is written. Rendering returns a string; where it
 * goes (a file, stdout, an HTTP response) is the caller's business.
 */
import type { VizGraph } from "../graph.js";
import { loadProjection, type ProjectionKind } from "../projection/load.js";
import type { ProjectionSource } from "../projection/rows.js";
import { writeEdgesCsv, writeNodesCsv } from "./csv.js";
import { writeCytoscapeJson } from "./cytoscape.js";
import { writePlacesGeoJson } from "./geojson.js";
import { writeGexf } from "./gexf.js";
import { writeGraphologyJson } from "./graphology-json.js";
import { writeTimelineJson } from "./timeline.js";

export interface RenderOptions {
  /** Which graph the graph formats write. */
  readonly projection: ProjectionKind;
  /** Today, `YYYY-MM-DD`, for formats that record when they were written. */
  readonly today: string;
}

export interface ExportFormat {
  readonly description: string;
  readonly contentType: string;
  readonly extension: string;
  render(source: ProjectionSource, options: RenderOptions): Promise<string>;
}

function graphFormat(
  description: string,
  contentType: string,
  extension: string,
  write: (graph: VizGraph, options: RenderOptions) => string,
): ExportFormat {
  return {
    description,
    contentType,
    extension,
    render: async (source, options) => write(await loadProjection(source, options.projection), options),
  };
}

const FORMATS = {
  graphology: graphFormat("graphology JSON (sigma.js)", "application/json", "json", writeGraphologyJson),
  gexf: graphFormat("GEXF 1.3, dynamic (Gephi)", "application/gexf+xml", "gexf", (graph, { today }) =>
    writeGexf(graph, { lastModified: today }),
  ),
  cytoscape: graphFormat("Cytoscape.js JSON", "application/json", "cyjs", writeCytoscapeJson),
  "csv-nodes": graphFormat("CSV node table", "text/csv; charset=utf-8", "csv", writeNodesCsv),
  "csv-edges": graphFormat("CSV edge table", "text/csv; charset=utf-8", "csv", writeEdgesCsv),
  timeline: {
    description: "TimelineJS3 JSON",
    contentType: "application/json",
    extension: "json",
    render: async (source) => writeTimelineJson(await source.events()),
  },
  geojson: {
    description: "GeoJSON places",
    contentType: "application/geo+json",
    extension: "geojson",
    render: async (source) => writePlacesGeoJson(await source.places()),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof FORMATS;

export const EXPORT_FORMATS: Readonly<Record<ExportFormatName, ExportFormat>> = FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

export function isExportFormatName(value: string): value is ExportFormatName {
  return Object.hasOwn(EXPORT_FORMATS, value);
}
