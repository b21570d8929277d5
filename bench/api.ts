/**
 * API latency benchmark: a one-actor timeline page of 20 events (with participants, places,
 * quotes and sources) over HTTP on loopback, on the 10,000-article synthetic corpus
 * (bench/synthetic-corpus.ts) loaded by the importer (bench/synthetic-graph.ts).
 *
 *   NEWSGRAPH_STATE_DIR=.newsgraph-bench npx tsx bench/api.ts [--articles 10000] [--seed 42] [--seconds 10] [--connections 1,10]
 *
 * Baseline, measured in the same run: the same page through the generated `eventsConnection`
 * with a participant filter. Bounded: each measurement stops after --seconds or 20,000 requests.
 * It refuses a database holding anything but synthetic data.
 */
import { Command } from "commander";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { createApiServer } from "../src/api/index.js";
import { openDriver, resolveConnection } from "../src/neo4j/index.js";
import { ensureSyntheticCorpus } from "./synthetic-graph.js";

const options = new Command()
  .option("--articles <n>", "articles in the synthetic corpus", "10000")
  .option("--seed <n>", "generator seed", "42")
  .option("--seconds <n>", "duration of each measurement", "10")
  .option("--connections <list>", "concurrent connections, one measurement round each", "1,10")
  .parse()
  .opts<{ articles: string; seed: string; seconds: string; connections: string }>();

const articles = Number(options.articles);
const seed = Number(options.seed);
const seconds = Number(options.seconds);
const connectionCounts = options.connections.split(",").map(Number);
if (connectionCounts.some((n) => !Number.isInteger(n) || n < 1)) {
  throw new Error(`--connections takes positive integers separated by commas, not "${options.connections}"`);
}

const TIMELINE = `query($actor: String!) {
  timeline(actor: $actor, first: 20) {
    id date type summary cursor
    participants { id name }
    places { name }
    quotes { text }
    sources { id title }
  }
}`;

const GENERATED_BASELINE = `query($actor: ID!) {
  eventsConnection(
    first: 20
    where: { participants: { some: { id: { eq: $actor } } }, date: { gte: "0001-01-01" } }
    sort: [{ date: ASC }, { id: ASC }]
  ) {
    edges { node {
      id date type summary
      participants { id name }
      places { name }
      quotes { text }
      sources { id title }
    } }
  }
}`;

interface ActorSample {
  readonly id: string;
  readonly events: number;
}

const eventCount = (n: number) => `${n} event${n === 1 ? "" : "s"}`;

/** The busiest actor (the worst case: thousands of events to order) and a median one. */
async function benchmarkActors(
  driver: Driver,
  database: string | undefined,
): Promise<{ busiest: ActorSample; median: ActorSample }> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Actor) WITH a, COUNT { (a)-[:PARTICIPATED_IN]->(:Event) } AS events
     WITH a, events ORDER BY events DESC, a.id
     WITH collect({id: a.id, events: events}) AS actors
     RETURN actors[0] AS busiest, actors[size(actors) / 2] AS median`,
    {},
    { database },
  );
  const record = records[0];
  const busiest = record?.get("busiest") as ActorSample | null | undefined;
  const median = record?.get("median") as ActorSample | null | undefined;
  if (!busiest || !median) throw new Error("the synthetic graph has no actors");
  return { busiest, median };
}

interface Measurement {
  readonly name: string;
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly throughput: number;
  readonly errors: number;
}

async function measure(
  name: string,
  url: string,
  query: string,
  variables: object,
  connections: number,
): Promise<Measurement> {
  const body = JSON.stringify({ query, variables });
  // Check once that the query answers with data, so the figures are not those of an error.
  const probe = (await (
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })
  ).json()) as { errors?: unknown; data?: Record<string, unknown[] | { edges: unknown[] }> };
  if (probe.errors) throw new Error(`${name} failed: ${JSON.stringify(probe.errors)}`);
  const page = Object.values(probe.data ?? {})[0];
  const events = Array.isArray(page) ? page.length : (page?.edges.length ?? 0);
  if (events === 0) throw new Error(`${name} answered an empty page; the figures would not be of a timeline`);
  const request = {
    url,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body,
    connections,
  };
  // Warm-up: the query plans are cached after the first runs.
  await autocannon({ ...request, amount: 5 * connections });
  // `amount` would override `duration`; maxOverallRequests bounds the count instead.
  const result = await autocannon({ ...request, duration: seconds, maxOverallRequests: 20_000 });
  return {
    name,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    throughput: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const connection = await resolveConnection({ log });
const driver = openDriver(connection);
const { database } = connection;
try {
  await ensureSyntheticCorpus(driver, { database, articles, seed, log });
  const actors = await benchmarkActors(driver, database);
  const server = await createApiServer({ driver, database, log: () => undefined });
  const { url } = await server.listen({ port: 0, host: "127.0.0.1" });
  const endpoint = `${url}graphql`;
  const rounds: { connections: number; results: Measurement[] }[] = [];
  try {
    for (const connections of connectionCounts) {
      rounds.push({
        connections,
        results: [
          await measure(
            `timeline, busiest actor (${eventCount(actors.busiest.events)})`,
            endpoint,
            TIMELINE,
            { actor: actors.busiest.id },
            connections,
          ),
          await measure(
            `timeline, median actor (${eventCount(actors.median.events)})`,
            endpoint,
            TIMELINE,
            { actor: actors.median.id },
            connections,
          ),
          await measure(
            "baseline: generated eventsConnection, busiest actor",
            endpoint,
            GENERATED_BASELINE,
            { actor: actors.busiest.id },
            connections,
          ),
        ],
      });
    }
  } finally {
    await server.stop();
  }
  process.stdout.write(
    `API benchmark: synthetic corpus (seed ${seed}, ${articles} articles), one-actor timeline page ` +
      `of 20 events, ${seconds} s per query (at most 20,000 requests), loopback\n`,
  );
  for (const { connections, results } of rounds) {
    process.stdout.write(
      `\n${connections} connection${connections === 1 ? "" : "s"}:\n\n` +
        `| query | requests | p50 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|\n` +
        results
          .map(
            (r) =>
              `| ${r.name} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.throughput.toFixed(0)} | ${r.errors} |`,
          )
          .join("\n") +
        "\n",
    );
  }
} finally {
  await driver.close();
}
