/**
 * Visualisation speed: the 10,000-article synthetic corpus (bench/synthetic-corpus.ts) loaded
 * with the importer, then the time to read the projection from Neo4j, build the graphology
 * graphs, run each analytic and write each export format. Baseline, measured in the same run:
 * the actor network built in TypeScript from the raw participation rows instead of aggregated
 * by the Cypher query.
 *
 *   NEWSGRAPH_STATE_DIR=.newsgraph-bench npx tsx bench/viz.ts [--articles 10000] [--seed 42] [--reset]
 *
 * The corpus is loaded by bench/synthetic-graph.ts: reused when the database holds it already,
 * imported when the database holds nothing or synthetic data only; --reset empties it first
 * whatever it holds (use a Neo4j of its own).
 */
import { Command } from "commander";
import { openDriver, resolveConnection } from "../src/neo4j/index.js";
import {
  annotateGraph,
  betweennessCentralities,
  buildActorEventGraph,
  buildActorNetwork,
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  forceAtlas2Positions,
  loadExplorerData,
  louvainCommunities,
  neo4jProjectionSource,
  NO_FILTER,
  pageRanks,
  parseVizFilter,
  weightedDegrees,
  writeCytoscapeJson,
  writeEdgesCsv,
  writeGexf,
  writeGraphologyJson,
  writeNodesCsv,
  writePlacesGeoJson,
  writeTimelineJson,
  type ActorLinkRow,
  type ParticipationRow,
  type VizGraph,
} from "../src/viz/index.js";
import { ensureSyntheticCorpus } from "./synthetic-graph.js";

const options = new Command()
  .option("--articles <n>", "articles in the synthetic corpus", "10000")
  .option("--seed <n>", "generator seed", "42")
  .option("--reset", "empty the database first, whatever it holds")
  .parse()
  .opts<{ articles: string; seed: string; reset?: boolean }>();

const log = (line: string) => process.stdout.write(`${line}\n`);
const articles = Number(options.articles);
const seed = Number(options.seed);

async function timed<T>(
  label: string,
  work: () => T | Promise<T>,
  describe?: (value: T) => string,
): Promise<T> {
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  log(`| ${label} | ${ms.toFixed(0)} ms | ${describe ? describe(value) : ""} |`);
  return value;
}

const kib = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;

/** The baseline: pairs counted in TypeScript from every participation row. */
function linksFromParticipations(participations: readonly ParticipationRow[]): ActorLinkRow[] {
  const actorsByEvent = new Map<string, string[]>();
  for (const { actor, event } of participations)
    actorsByEvent.set(event, [...(actorsByEvent.get(event) ?? []), actor]);
  const links = new Map<string, { source: string; target: string; weight: number }>();
  for (const actors of actorsByEvent.values()) {
    for (const source of actors) {
      for (const target of actors) {
        if (source >= target) continue;
        const key = `${source}\u0000${target}`;
        const link = links.get(key) ?? { source, target, weight: 0 };
        link.weight += 1;
        links.set(key, link);
      }
    }
  }
  return [...links.values()].map((link) => ({
    ...link,
    undatedCount: 0,
    firstDate: null,
    lastDate: null,
    types: [],
  }));
}

const connection = await resolveConnection({ log });
const driver = openDriver(connection);
const { database } = connection;
try {
  await ensureSyntheticCorpus(driver, { database, articles, seed, reset: options.reset, log });
  const source = neo4jProjectionSource({ driver, database, filter: NO_FILTER });
  // One untimed read so the first timed query does not pay for Neo4j's query planning and cold cache.
  await source.links();

  log("\n| step | time | size |\n| --- | ---: | --- |");
  const actors = await timed(
    "read actors (Cypher)",
    () => source.actors(),
    (rows) => `${rows.length} actors`,
  );
  const links = await timed(
    "read actor links (Cypher aggregation)",
    () => source.links(),
    (rows) => `${rows.length} links`,
  );
  const participations = await timed(
    "baseline: read participations",
    () => source.participations(),
    (rows) => `${rows.length} rows`,
  );
  await timed(
    "baseline: pair actors in TypeScript",
    () => linksFromParticipations(participations),
    (rows) => `${rows.length} links`,
  );
  const events = await timed(
    "read events with participants, quotes, sources",
    () => source.events(),
    (rows) => `${rows.length} events`,
  );
  const places = await timed(
    "read places",
    () => source.places(),
    (rows) => `${rows.length} places`,
  );

  const network: VizGraph = await timed(
    "build actor network (graphology)",
    () => buildActorNetwork(actors, links),
    (graph) => `${graph.order} nodes, ${graph.size} edges`,
  );
  await timed("weighted degree", () => weightedDegrees(network));
  await timed("PageRank", () => pageRanks(network));
  await timed("betweenness", () => betweennessCentralities(network));
  await timed(
    "Louvain",
    () => louvainCommunities(network),
    (c) => `${new Set(Object.values(c)).size} communities`,
  );
  await timed("ForceAtlas2 layout", () => forceAtlas2Positions(network));
  await timed("all analytics, written into the graph (annotateGraph)", () => annotateGraph(network));

  const today = new Date().toISOString().slice(0, 10);
  await timed("write graphology JSON", () => writeGraphologyJson(network), kib);
  await timed("write GEXF 1.3", () => writeGexf(network, { lastModified: today }), kib);
  await timed("write Cytoscape.js JSON", () => writeCytoscapeJson(network), kib);
  await timed("write CSV nodes", () => writeNodesCsv(network), kib);
  await timed("write CSV edges", () => writeEdgesCsv(network), kib);
  await timed("write TimelineJS3 JSON", () => writeTimelineJson(events), kib);
  await timed("write GeoJSON", () => writePlacesGeoJson(places), kib);

  const actorEvent = await timed(
    "build + annotate actor–event graph",
    () => annotateGraph(buildActorEventGraph(actors, events, participations)),
    (graph) => `${graph.order} nodes, ${graph.size} edges`,
  );
  await timed(
    "write GEXF 1.3 of the actor–event graph",
    () => writeGexf(actorEvent, { lastModified: today }),
    kib,
  );

  log(
    "\nEnd to end, as `newsgraph export --format <f>` and `GET /export/<f>` run them (read + build + analytics + write):\n",
  );
  log("| export | time | size |\n| --- | ---: | --- |");
  for (const name of EXPORT_FORMAT_NAMES) {
    await timed(
      `${name}, whole graph`,
      () => EXPORT_FORMATS[name].render(source, { projection: "actor-network", today }),
      kib,
    );
  }
  const busiest = [...actors].sort((a, b) => b.eventCount - a.eventCount)[0];
  if (busiest) {
    const filter = parseVizFilter({ actors: [busiest.id], from: "2023-01", to: "2024-12" });
    const oneActor = neo4jProjectionSource({ driver, database, filter });
    await timed(
      `gexf, busiest actor (${busiest.eventCount} events), 2023–2024`,
      () => EXPORT_FORMATS.gexf.render(oneActor, { projection: "actor-network", today }),
      kib,
    );
  }
  await timed(
    "explorerData JSON, whole graph",
    async () => JSON.stringify(await loadExplorerData(source)),
    kib,
  );
} finally {
  await driver.close();
}
