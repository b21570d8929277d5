/**
 * Import speed: loads a synthetic corpus (bench/synthetic-corpus.ts) into an empty Neo4j with
 * the batched importer, after a naive baseline, one article per transaction, measured in the
 * same run on a subset (it is too slow for the whole corpus) and extrapolated.
 *
 *   npx tsx bench/import.ts [--articles 10000] [--seed 42] [--baseline 500] [--batch-size 250]
 *
 * Then the cross-run path: the graph is loaded with all but the last tenth of the corpus, and
 * the last tenth comes as a separate extraction run whose event ids are new, so every one of
 * its events is resolved through the same-happening search against the stored graph.
 *
 * It empties the database it runs on, so it refuses one that holds anything but synthetic data.
 */
import { Command } from "commander";
import type { Driver } from "neo4j-driver";
import type { ExtractionDocument } from "../src/domain/types.js";
import { DEFAULT_BATCH_SIZE, type ImportSummary } from "../src/graph/index.js";
import { openDriver, resolveConnection } from "../src/neo4j/index.js";
import { generateSyntheticDocument } from "./synthetic-corpus.js";
import { emptySyntheticGraph, importSynthetic } from "./synthetic-graph.js";

const options = new Command()
  .option("--articles <n>", "articles in the synthetic corpus", "10000")
  .option("--seed <n>", "generator seed", "42")
  .option("--baseline <n>", "articles loaded by the naive baseline", "500")
  .option("--batch-size <n>", "articles per transaction for the batched import", String(DEFAULT_BATCH_SIZE))
  .parse()
  .opts<{ articles: string; seed: string; baseline: string; batchSize: string }>();

const log = (line: string) => process.stdout.write(`${line}\n`);

/** The part of a document about articles [from, to): what the extraction of those alone would give. */
function subsetDocument(document: ExtractionDocument, from: number, to: number): ExtractionDocument {
  const keep = new Set(document.articles.slice(from, to).map((a) => a.id));
  const about = (ids: readonly string[]) => ids.some((id) => keep.has(id));
  const only = (ids: readonly string[]) => ids.filter((id) => keep.has(id));
  const containers = new Set(document.places.filter((p) => about(p.articles)).map((p) => p.within));
  return {
    ...document,
    articles: document.articles.filter((a) => keep.has(a.id)),
    actors: document.actors
      .filter((a) => about(a.articles))
      .map((a) => ({ ...a, articles: only(a.articles) })),
    places: document.places
      .filter((p) => about(p.articles) || containers.has(p.id))
      .map((p) => ({ ...p, articles: only(p.articles) })),
    events: document.events
      .filter((e) => about(e.articles))
      .map((e) => ({
        ...e,
        articles: only(e.articles),
        evidence: e.evidence.filter((x) => keep.has(x.article)),
      })),
    quotes: document.quotes.filter((q) => keep.has(q.article)),
  };
}

/** The same document as another extraction run would identify its events: every event id is new. */
function reidentifyEvents(document: ExtractionDocument): ExtractionDocument {
  const renamed = (id: string) => `${id}-rerun`;
  return {
    ...document,
    events: document.events.map((e) => ({ ...e, id: renamed(e.id) })),
    quotes: document.quotes.map((q) => ({ ...q, event: q.event === null ? null : renamed(q.event) })),
  };
}

async function counts(driver: Driver, database: string | undefined): Promise<string> {
  const result = await driver.executeQuery(
    "MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
    {},
    { database },
  );
  const record = result.records[0];
  return `${String(record?.get("nodes"))} nodes, ${String(record?.get("relationships"))} relationships`;
}

function rate(summary: ImportSummary): number {
  return (summary.articles.created + summary.articles.replaced) / summary.seconds;
}

const articles = Number(options.articles);
const baselineArticles = Math.min(articles, Number(options.baseline));
const seed = Number(options.seed);
const batchSize = Number(options.batchSize);

const connection = await resolveConnection({ log });
const driver = openDriver(connection);
const { database } = connection;
try {
  let started = performance.now();
  const document = generateSyntheticDocument({ articles, seed });
  log(
    `synthetic corpus (seed ${seed}): ${document.articles.length} articles, ${document.actors.length} actors, ` +
      `${document.places.length} places, ${document.events.length} events, ${document.quotes.length} quotes ` +
      `(generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const load = (doc: ExtractionDocument, size: number) =>
    importSynthetic(driver, doc, { batchSize: size, database });

  await emptySyntheticGraph(driver, database);
  const naive = await load(subsetDocument(document, 0, baselineArticles), 1);
  log(
    `naive, 1 article per transaction: ${baselineArticles} articles in ${naive.seconds.toFixed(1)} s = ` +
      `${rate(naive).toFixed(0)} articles/s (${articles} articles would take ~${(articles / rate(naive)).toFixed(0)} s)`,
  );

  await emptySyntheticGraph(driver, database);
  const batched = await load(document, batchSize);
  log(
    `batched, ${batchSize} articles per transaction: ${articles} articles in ${batched.seconds.toFixed(1)} s = ` +
      `${rate(batched).toFixed(0)} articles/s (${(rate(batched) / rate(naive)).toFixed(1)}x the naive rate)`,
  );
  log(`graph: ${await counts(driver, database)}`);

  started = performance.now();
  const rerun = await load(document, batchSize);
  log(
    `rerun of the same corpus: ${rerun.articles.unchanged} unchanged articles skipped in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s; graph: ${await counts(driver, database)}`,
  );

  const split = Math.round(articles * 0.9);
  await emptySyntheticGraph(driver, database);
  await load(subsetDocument(document, 0, split), batchSize);
  const later = await load(reidentifyEvents(subsetDocument(document, split, articles)), batchSize);
  log(
    `cross-run: ${articles - split} articles of a later run into a graph of ${split}: ` +
      `${later.seconds.toFixed(1)} s = ${rate(later).toFixed(0)} articles/s; ${later.eventsJoined} of ` +
      `${later.events.created + later.eventsJoined} events joined stored events`,
  );
} finally {
  await driver.close();
}
