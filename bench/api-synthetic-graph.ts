/**
 * A seeded synthetic graph in the shape of docs/graph-model.md, written straight to Neo4j, for
 * the API benchmark: articles reporting events (some reported by several articles), actors
 * with a skewed popularity (a few appear in thousands of events, as heads of state do), places
 * within countries, quotes. Until the importer's synthetic corpus exists this is how the API
 * gets a 10,000-article graph; the structure, not the text, is what the queries exercise.
 */
import type { Driver } from "neo4j-driver";

export const SYNTHETIC_PREFIX = "synthetic-";

const EVENT_TYPES = [
  "call",
  "meeting",
  "visit",
  "statement",
  "attack",
  "aid delivery",
  "protest",
  "agreement",
];
const CAMEO_ROOTS = ["04", "04", "04", "01", "18", "07", "14", "05"];

/** mulberry32: small, fast, reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(dayOffset: number): string {
  return new Date(Date.UTC(2023, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

export async function loadSyntheticGraph(
  driver: Driver,
  database: string | undefined,
  options: { articles: number; seed: number },
): Promise<void> {
  const run = (cypher: string, parameters: Record<string, unknown> = {}) =>
    driver.executeQuery(cypher, parameters, { database });
  const next = random(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const id = (kind: string, n: number) => `${SYNTHETIC_PREFIX}${kind}-${n}`;

  await run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").catch(async () => {
    // executeQuery runs in a managed transaction, where IN TRANSACTIONS is refused.
    const session = driver.session({ database });
    try {
      await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
    } finally {
      await session.close();
    }
  });
  for (const label of ["Article", "Actor", "Place", "Event", "Quote"]) {
    await run(
      `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    );
  }
  for (const [label, property] of [
    ["Event", "date"],
    ["Event", "cameoRoot"],
    ["Event", "type"],
    ["Actor", "name"],
    ["Quote", "date"],
    ["Article", "publishedAt"],
  ] as const) {
    await run(
      `CREATE INDEX ${label.toLowerCase()}_${property} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    );
  }
  await run("CALL db.awaitIndexes(120)");

  const actorCount = Math.max(50, Math.round(options.articles / 5));
  const countries = Array.from({ length: 30 }, (_, n) => ({
    id: id("place", n),
    name: `Country ${n}`,
    kind: "country",
    within: null,
  }));
  const cities = Array.from({ length: 270 }, (_, n) => ({
    id: id("place", 30 + n),
    name: `City ${n}`,
    kind: "city",
    within: pick(countries).id,
  }));
  await run(
    `UNWIND $rows AS row CREATE (p:Place {id: row.id, name: row.name, kind: row.kind, aliases: []})`,
    { rows: [...countries, ...cities] },
  );
  await run(
    `UNWIND $rows AS row MATCH (p:Place {id: row.id}), (c:Place {id: row.within}) CREATE (p)-[:WITHIN]->(c)`,
    { rows: cities },
  );
  await run(
    `UNWIND range(0, $count - 1) AS n
     CREATE (:Actor {id: $prefix + 'actor-' + n, name: 'Actor ' + n, kind: 'person', aliases: [], roles: []})`,
    { count: actorCount, prefix: SYNTHETIC_PREFIX },
  );

  // Skewed popularity: index = count · u³ puts a few actors in thousands of events.
  const popularActor = () => id("actor", Math.floor(actorCount * next() ** 3));
  const recentEvents: string[] = [];
  let eventCount = 0;
  let quoteCount = 0;
  const batchSize = 500;
  for (let start = 0; start < options.articles; start += batchSize) {
    const articles = [];
    const events = [];
    const reports = [];
    const quotes = [];
    for (let a = start; a < Math.min(options.articles, start + batchSize); a++) {
      const articleId = id("article", a);
      const day = Math.floor(next() * 700);
      articles.push({ id: articleId, title: `Synthetic article ${a}`, publishedAt: isoDay(day + 1) });
      const articleEvents: string[] = [];
      for (let e = 0; e < 3; e++) {
        const existing = recentEvents.length > 0 && next() < 0.3 ? pick(recentEvents) : null;
        if (existing) {
          reports.push({ event: existing, article: articleId, sentence: e });
          articleEvents.push(existing);
          continue;
        }
        const eventId = id("event", eventCount++);
        const typeIndex = Math.floor(next() * EVENT_TYPES.length);
        const participants = [
          ...new Set([popularActor(), popularActor(), ...(next() < 0.3 ? [popularActor()] : [])]),
        ];
        events.push({
          id: eventId,
          type: EVENT_TYPES[typeIndex],
          cameoRoot: CAMEO_ROOTS[typeIndex],
          date: next() < 0.9 ? isoDay(day - Math.floor(next() * 3)) : null,
          summary: `Synthetic event ${eventCount} reported by article ${a}`,
          participants: participants.map((actor, n) => ({
            actor,
            role: n === 0 ? "initiator" : "counterpart",
          })),
          place: pick(cities).id,
        });
        reports.push({ event: eventId, article: articleId, sentence: e });
        articleEvents.push(eventId);
        recentEvents.push(eventId);
        if (recentEvents.length > 200) recentEvents.shift();
      }
      for (let q = 0; q < 2; q++) {
        quotes.push({
          id: id("quote", quoteCount++),
          text: `Synthetic quote ${quoteCount} from article ${a}`,
          date: isoDay(day),
          speaker: popularActor(),
          article: articleId,
          event: pick(articleEvents),
        });
      }
    }
    await run(
      `UNWIND $rows AS row CREATE (:Article {id: row.id, title: row.title, source: row.id + '.txt',
         contentHash: row.id, publishedAt: date(row.publishedAt), importedAt: datetime()})`,
      { rows: articles },
    );
    await run(
      `UNWIND $rows AS row
       CREATE (e:Event {id: row.id, type: row.type, cameo: row.cameoRoot + '0', cameoRoot: row.cameoRoot,
         date: date(row.date), datePrecision: CASE WHEN row.date IS NULL THEN null ELSE 'day' END,
         summary: row.summary, confidence: 0.8, sourceCount: 0})
       WITH e, row
       MATCH (place:Place {id: row.place}) CREATE (e)-[:TOOK_PLACE_IN]->(place)
       WITH e, row
       UNWIND row.participants AS participant
       MATCH (actor:Actor {id: participant.actor})
       CREATE (actor)-[:PARTICIPATED_IN {role: participant.role}]->(e)`,
      { rows: events },
    );
    await run(
      `UNWIND $rows AS row
       MATCH (e:Event {id: row.event}), (article:Article {id: row.article})
       MERGE (e)-[r:REPORTED_IN]->(article)
       ON CREATE SET r.sentence = row.sentence, r.start = 0, r.end = 10, r.text = 'evidence', e.sourceCount = e.sourceCount + 1`,
      { rows: reports },
    );
    await run(
      `UNWIND $rows AS row
       MATCH (speaker:Actor {id: row.speaker}), (article:Article {id: row.article}), (e:Event {id: row.event})
       CREATE (speaker)-[:SAID]->(q:Quote {id: row.id, text: row.text, date: date(row.date), datePrecision: 'day'})
       CREATE (q)-[:REPORTED_IN {sentence: 0, start: 0, end: 10, text: row.text}]->(article)
       CREATE (q)-[:PART_OF]->(e)`,
      { rows: quotes },
    );
  }
}
