/**
 * The benchmarks' graph: the synthetic corpus (bench/synthetic-corpus.ts) loaded by the real
 * importer into a Neo4j of the benchmark's own. Shared by bench/import.ts, bench/viz.ts and
 * bench/api.ts so they all measure the same graph and guard other data the same way.
 */
import type { Driver } from "neo4j-driver";
import type { ExtractionDocument } from "../src/domain/types.js";
import { importDocument, type ImportSummary } from "../src/graph/index.js";
import { generateSyntheticDocument, SYNTHETIC_ID_PREFIX } from "./synthetic-corpus.js";

async function deleteEverything(driver: Driver, database: string | undefined): Promise<void> {
  // IN TRANSACTIONS needs an implicit transaction (session.run, not executeQuery); small chunks
  // because hub actors have thousands of relationships and the server's transaction memory is small.
  const session = driver.session({ database });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

/** Refuses a database that holds anything but synthetic data: a benchmark must not touch real data. */
async function assertOnlySynthetic(driver: Driver, database: string | undefined): Promise<void> {
  const foreign = await driver.executeQuery(
    "MATCH (n) WHERE NOT coalesce(n.id, '') STARTS WITH $prefix RETURN count(n) AS count",
    { prefix: SYNTHETIC_ID_PREFIX },
    { database },
  );
  if (Number(foreign.records[0]?.get("count") ?? 0) !== 0) {
    throw new Error(
      "the database holds non-synthetic data; run the benchmark on a Neo4j of its own (NEWSGRAPH_STATE_DIR)",
    );
  }
}

/** Empties a database that holds synthetic data only; refuses, untouched, one that holds anything else. */
export async function emptySyntheticGraph(driver: Driver, database: string | undefined): Promise<void> {
  await assertOnlySynthetic(driver, database);
  await deleteEverything(driver, database);
}

/** Imports a document, failing on any article the importer rejects (the figures would be of less). */
export async function importSynthetic(
  driver: Driver,
  document: ExtractionDocument,
  options: { database: string | undefined; batchSize?: number },
): Promise<ImportSummary> {
  const summary = await importDocument(driver, { document, problems: [] }, options);
  if (summary.failures.length > 0) throw new Error(`the import reported ${summary.failures.length} failures`);
  return summary;
}

/** How many of the document's articles the database holds with the same content, and how many synthetic ones in all. */
async function storedCorpus(
  driver: Driver,
  database: string | undefined,
  document: ExtractionDocument,
): Promise<{ same: number; synthetic: number }> {
  const articles = document.articles.map((a) => ({ id: a.id, contentHash: a.contentHash }));
  const result = await driver.executeQuery(
    `CALL () {
       UNWIND $articles AS expected
       MATCH (a:Article {id: expected.id}) WHERE a.contentHash = expected.contentHash
       RETURN count(a) AS same
     }
     CALL () { MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN count(a) AS synthetic }
     RETURN same, synthetic`,
    { articles, prefix: SYNTHETIC_ID_PREFIX },
    { database, routing: "READ" },
  );
  const record = result.records[0];
  return { same: Number(record?.get("same") ?? 0), synthetic: Number(record?.get("synthetic") ?? 0) };
}

/**
 * Makes the database hold exactly the `{articles, seed}` synthetic corpus: reused when it is
 * there already, otherwise the synthetic data is emptied and the corpus imported. A database
 * with other data is refused unless `reset`, which empties it whatever it holds.
 */
export async function ensureSyntheticCorpus(
  driver: Driver,
  options: {
    database: string | undefined;
    articles: number;
    seed: number;
    reset?: boolean;
    log: (line: string) => void;
  },
): Promise<void> {
  const { database, articles, seed, log } = options;
  if (options.reset) await deleteEverything(driver, database);
  await assertOnlySynthetic(driver, database);
  const document = generateSyntheticDocument({ articles, seed });
  const stored = await storedCorpus(driver, database, document);
  if (stored.same === articles && stored.synthetic === articles) {
    log(`reusing the synthetic corpus (seed ${seed}, ${articles} articles) already in the database`);
    return;
  }
  await deleteEverything(driver, database);
  const summary = await importSynthetic(driver, document, { database });
  log(
    `imported the synthetic corpus (seed ${seed}, ${articles} articles, ${document.events.length} events, ` +
      `${document.quotes.length} quotes, ${document.actors.length} actors, ${document.places.length} places) ` +
      `in ${summary.seconds.toFixed(1)} s`,
  );
}
