/**
 * API latency benchmark: a one-actor timeline page of 20 events (with participants, places,
 * quotes and sources) over HTTP on loopback, on a 10,000-article synthetic graph.
 *
 *   NEWSGRAPH_STATE_DIR=.newsgraph-bench npx tsx bench/api.ts [--articles 10000] [--seconds 10]
 *
 * Baseline, measured in the same run: the same page through the generated `eventsConnection`
 * with a participant filter. Bounded: each measurement stops after --seconds or 20,000 requests.
 * It refuses to touch a database holding anything but its own synthetic graph.
 */
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { createApiServer } from "../src/api/index.js";
import { openDriver, resolveConnection } from "../src/neo4j/index.js";
import { SYNTHETIC_PREFIX, loadSyntheticGraph } from "./api-synthetic-graph.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
  },
});
const articles = Number(values.articles);
const seconds = Number(values.seconds);
const connections = Number(values.connections);

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

async function graphCount(
  driver: Driver,
  database: string | undefined,
): Promise<{ total: number; ours: number }> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article) RETURN count(a) AS total, count(CASE WHEN a.id STARTS WITH $prefix THEN 1 END) AS ours`,
    { prefix: SYNTHETIC_PREFIX },
    { database },
  );
  const others = await driver.executeQuery(
    "MATCH (n) WHERE NOT n:Article RETURN count(n) > 0 AS any",
    {},
    { database },
  );
  const record = records[0];
  const total = Number(record?.get("total") ?? 0);
  const hasOtherNodes = others.records[0]?.get("any") === true;
  return { total: total === 0 && hasOtherNodes ? -1 : total, ours: Number(record?.get("ours") ?? 0) };
}

interface ActorSample {
  readonly id: string;
  readonly events: number;
}

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

async function measure(name: string, url: string, query: string, variables: object): Promise<Measurement> {
  const body = JSON.stringify({ query, variables });
  // Check once that the query answers with data, so the figures are not those of an error.
  const probe = (await (
    await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })
  ).json()) as { errors?: unknown; data?: unknown };
  if (probe.errors) throw new Error(`${name} failed: ${JSON.stringify(probe.errors)}`);
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

const connection = await resolveConnection({ log: (line) => process.stderr.write(`${line}\n`) });
const driver = openDriver(connection);
try {
  const counts = await graphCount(driver, connection.database);
  if (counts.total !== counts.ours || counts.total < 0) {
    throw new Error(
      "the database holds other data; run the benchmark on its own Neo4j, e.g. NEWSGRAPH_STATE_DIR=.newsgraph-bench",
    );
  }
  if (counts.ours !== articles) {
    const started = performance.now();
    await loadSyntheticGraph(driver, connection.database, { articles, seed: 42 });
    process.stderr.write(
      `loaded ${articles} synthetic articles in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  const actors = await benchmarkActors(driver, connection.database);
  const server = await createApiServer({ driver, database: connection.database, log: () => undefined });
  const { url } = await server.listen({ port: 0, host: "127.0.0.1" });
  const endpoint = `${url}graphql`;
  const results = [
    await measure(`timeline, busiest actor (${actors.busiest.events} events)`, endpoint, TIMELINE, {
      actor: actors.busiest.id,
    }),
    await measure(`timeline, median actor (${actors.median.events} events)`, endpoint, TIMELINE, {
      actor: actors.median.id,
    }),
    await measure("baseline: generated eventsConnection, busiest actor", endpoint, GENERATED_BASELINE, {
      actor: actors.busiest.id,
    }),
  ];
  await server.stop();
  process.stdout.write(
    `API benchmark: ${articles} synthetic articles, one-actor timeline page of 20 events, ` +
      `${connections} connections, ${seconds} s per query, loopback\n\n` +
      `| query | requests | p50 ms | p99 ms | req/s | errors |\n|---|---|---|---|---|---|\n` +
      results
        .map(
          (r) =>
            `| ${r.name} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.throughput.toFixed(0)} | ${r.errors} |`,
        )
        .join("\n") +
      "\n",
  );
} finally {
  await driver.close();
}
