/**
 * The API's visualisation service over the projection in Neo4j: the same formats, filter
 * parsing and explorer payload as `newsgraph export` and the HTTP routes, for the `export` and
 * `explorerData` GraphQL fields.
 */
import type { Driver } from "neo4j-driver";
import type { VisualisationFilterArgs, VisualisationOutcome, VisualisationService } from "../api/index.js";
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  isExportFormatName,
  isProjectionKind,
  loadExplorerData,
  neo4jProjectionSource,
  parseVizFilter,
  PROJECTIONS,
  VizFilterError,
  type ProjectionSource,
} from "../viz/index.js";

export interface VisualisationServiceOptions {
  readonly driver: Driver;
  readonly database?: string | undefined;
}

const badInput = (message: string): VisualisationOutcome<never> => ({ ok: false, badInput: message });

export function createVisualisationService(options: VisualisationServiceOptions): VisualisationService {
  /** Parses the filter first, so a bad value is the caller's problem and nothing reads Neo4j. */
  async function withSource<T>(
    args: VisualisationFilterArgs,
    read: (source: ProjectionSource) => Promise<T>,
  ): Promise<VisualisationOutcome<T>> {
    let source: ProjectionSource;
    try {
      const filter = parseVizFilter({
        actors: args.actor ?? [],
        places: args.place ?? [],
        cameo: args.cameo ?? [],
        from: args.from ?? null,
        to: args.to ?? null,
      });
      source = neo4jProjectionSource({ driver: options.driver, database: options.database, filter });
    } catch (error) {
      if (error instanceof VizFilterError) return badInput(error.message);
      throw error;
    }
    return { ok: true, value: await read(source) };
  }

  return {
    renderExport(format, graph, args) {
      if (!isExportFormatName(format)) {
        return Promise.resolve(
          badInput(`format "${format}": expected one of ${EXPORT_FORMAT_NAMES.join(", ")}`),
        );
      }
      if (!isProjectionKind(graph)) {
        return Promise.resolve(badInput(`graph "${graph}": expected one of ${PROJECTIONS.join(", ")}`));
      }
      const writer = EXPORT_FORMATS[format];
      return withSource(args, async (source) => ({
        mediaType: writer.contentType,
        content: await writer.render(source, {
          projection: graph,
          today: new Date().toISOString().slice(0, 10),
        }),
      }));
    },
    explorerData: (args) =>
      withSource(args, async (source) => JSON.stringify(await loadExplorerData(source))),
  };
}
