/**
 * `export` and `explorerData`: the visualisation exports and the explorer page's payload as
 * read-only GraphQL fields. They run through an injected service (the CLI wires the projection
 * and format writers), so the API layer depends on neither.
 */
import { GraphQLError } from "graphql";

/** The filter as a person types it: actor, place and CAMEO lists, and partial dates (`2023-11`). */
export interface VisualisationFilterArgs {
  readonly actor?: readonly string[] | null;
  readonly place?: readonly string[] | null;
  readonly cameo?: readonly string[] | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

export interface RenderedExport {
  readonly mediaType: string;
  readonly content: string;
}

/** What the service answers: a value, or a message naming the input it cannot use. */
export type VisualisationOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly badInput: string };

export interface VisualisationService {
  /**
   * One export of the filtered graph. `format` and `graph` are the export's own names
   * (`gexf`, `csv-nodes`; `actor-network`, `actor-event`).
   */
  renderExport(
    format: string,
    graph: string,
    filter: VisualisationFilterArgs,
  ): Promise<VisualisationOutcome<RenderedExport>>;
  /** The explorer page's payload for the filter, serialised as JSON. */
  explorerData(filter: VisualisationFilterArgs): Promise<VisualisationOutcome<string>>;
}

export interface ExportArgs extends VisualisationFilterArgs {
  /** The GraphQL enum value: `GEXF`, `CSV_NODES`. */
  readonly format: string;
  /** The GraphQL enum value: `ACTOR_NETWORK`, `ACTOR_EVENT`. */
  readonly graph?: string | null;
}

export interface ExportResult extends RenderedExport {
  readonly format: string;
}

/** `CSV_NODES` → `csv-nodes`: GraphQL enum values cannot hold a hyphen, the export names do. */
export function exportNameOf(enumValue: string): string {
  return enumValue.toLowerCase().replaceAll("_", "-");
}

function unwrap<T>(outcome: VisualisationOutcome<T>): T {
  if (!outcome.ok) throw new GraphQLError(outcome.badInput, { extensions: { code: "BAD_USER_INPUT" } });
  return outcome.value;
}

function requireService(service: VisualisationService | undefined, field: string): VisualisationService {
  if (!service) {
    throw new GraphQLError(
      `${field} is not available on this server (no visualisation service configured).`,
      { extensions: { code: "NOT_IMPLEMENTED" } },
    );
  }
  return service;
}

export function createVisualisationResolvers(service: VisualisationService | undefined): {
  export: (source: unknown, args: ExportArgs) => Promise<ExportResult>;
  explorerData: (source: unknown, args: VisualisationFilterArgs) => Promise<string>;
} {
  return {
    export: async (_source, { format, graph, ...filter }) => {
      const rendered = unwrap(
        await requireService(service, "export").renderExport(
          exportNameOf(format),
          exportNameOf(graph ?? "ACTOR_NETWORK"),
          filter,
        ),
      );
      return { format, ...rendered };
    },
    explorerData: async (_source, filter) =>
      unwrap(await requireService(service, "explorerData").explorerData(filter)),
  };
}
