import { Option, type Command } from "commander";
import type { ProjectionKind } from "../../viz/index.js";

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * The export formats and graphs as `--help` lists them, said here so that help loads no writer
 * (main.test.ts checks they are the viz layer's EXPORT_FORMAT_NAMES and PROJECTIONS).
 */
export const HELP_FORMATS = [
  "graphology",
  "gexf",
  "cytoscape",
  "csv-nodes",
  "csv-edges",
  "timeline",
  "geojson",
];
export const HELP_PROJECTIONS = ["actor-network", "actor-event"];

interface ExportOptions {
  readonly format: string;
  readonly graph: ProjectionKind;
  readonly actor: string[];
  readonly place: string[];
  readonly cameo: string[];
  readonly from?: string;
  readonly to?: string;
  readonly output?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description(
      "Export the graph in Neo4j (whole, or the events an actor, place, CAMEO code or date range selects) " +
        "for visualisation tools, with weighted degree, PageRank, betweenness, Louvain communities and a " +
        "ForceAtlas2 layout.",
    )
    .addOption(
      new Option("-f, --format <format>", `one of: ${HELP_FORMATS.join(", ")}`).makeOptionMandatory(),
    )
    .addOption(
      new Option("-g, --graph <graph>", "graph written by the graph formats")
        .choices(HELP_PROJECTIONS)
        .default("actor-network"),
    )
    .option(
      "--actor <actor>",
      "events with this actor (id, name or alias); repeat for any of several",
      collect,
      [],
    )
    .option(
      "--place <place>",
      "events at this place or within it (id, name or alias); repeatable",
      collect,
      [],
    )
    .option(
      "--cameo <code>",
      "events with this CAMEO code or under this root (04 matches 041); repeatable",
      collect,
      [],
    )
    .option("--from <date>", "first day (YYYY, YYYY-MM or YYYY-MM-DD); leaves undated events out")
    .option("--to <date>", "last day (YYYY, YYYY-MM or YYYY-MM-DD); leaves undated events out")
    .option("-o, --output <file>", "write to this file instead of stdout")
    .addHelpText(
      "after",
      `
Examples:
  $ newsgraph export --format gexf --actor "Joe Biden" --from 2023-11 -o biden.gexf   # for Gephi
  $ newsgraph export --format timeline --place Gaza > gaza-timeline.json             # for TimelineJS`,
    )
    .action(async (options: ExportOptions) => {
      const { writeFile } = await import("node:fs/promises");
      const {
        EXPORT_FORMAT_NAMES,
        EXPORT_FORMATS,
        isExportFormatName,
        neo4jProjectionSource,
        parseVizFilter,
      } = await import("../../viz/index.js");
      const { openDriver, resolveConnection } = await import("../../neo4j/index.js");
      if (!isExportFormatName(options.format)) {
        throw new Error(`--format "${options.format}" is not one of: ${EXPORT_FORMAT_NAMES.join(", ")}.`);
      }
      const format = EXPORT_FORMATS[options.format];
      const filter = parseVizFilter({
        actors: options.actor,
        places: options.place,
        cameo: options.cameo,
        from: options.from ?? null,
        to: options.to ?? null,
      });
      const connection = await resolveConnection({ log });
      const driver = openDriver(connection);
      try {
        const source = neo4jProjectionSource({ driver, database: connection.database, filter });
        const text = await format.render(source, {
          projection: options.graph,
          today: new Date().toISOString().slice(0, 10),
        });
        if (options.output) {
          await writeFile(options.output, text);
          log(`Wrote ${format.description} to ${options.output} (${Buffer.byteLength(text)} bytes).`);
        } else {
          process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
        }
      } finally {
        await driver.close();
      }
    });
}
