/**
 * A small news graph written to Neo4j the way docs/graph-model.md lays it out, for the
 * integration and browser tests: Biden, Netanyahu, Kirby and Harris in November 2023 (a call
 * reported by three outlets, a later call known only to the month, Kirby's statements with
 * quotes, a meeting), an October attack and an undated one, and places with coordinates.
 */
import type { Driver } from "neo4j-driver";
import { ensureSchema } from "../../graph/index.js";

interface FixtureEvent {
  readonly id: string;
  readonly type: string;
  readonly cameo: string;
  readonly date: string | null;
  readonly datePrecision: "day" | "month" | null;
  readonly summary: string;
  readonly participants: readonly (readonly [actor: string, role: string])[];
  readonly places: readonly string[];
  readonly articles: readonly string[];
}

export const VIZ_FIXTURE = {
  articles: [
    {
      id: "art-reuters",
      url: "https://example.com/reuters/biden-netanyahu",
      title: "Biden, Netanyahu discuss pauses",
      outlet: "Reuters",
      publishedAt: "2023-11-07",
    },
    {
      id: "art-ap",
      url: "https://example.com/ap/biden-call",
      title: "Biden presses Netanyahu",
      outlet: "AP",
      publishedAt: "2023-11-07",
    },
    {
      id: "art-icaro",
      url: "https://example.com/icaro/kirby",
      title: "Kirby on humanitarian pauses",
      outlet: "ICARO Media Group",
      publishedAt: "2023-11-08",
    },
    { id: "art-undated", url: null, title: "Background", outlet: null, publishedAt: null },
  ],
  actors: [
    {
      id: "actor-biden",
      name: "Joe Biden",
      kind: "person",
      aliases: ["Biden", "President Joe Biden"],
      countryCode: "US",
    },
    {
      id: "actor-netanyahu",
      name: "Benjamin Netanyahu",
      kind: "person",
      aliases: ["Netanyahu"],
      countryCode: "IL",
    },
    { id: "actor-kirby", name: "John Kirby", kind: "person", aliases: ["Kirby"], countryCode: "US" },
    { id: "actor-harris", name: "Kamala Harris", kind: "person", aliases: ["Harris"], countryCode: "US" },
    { id: "actor-hamas", name: "Hamas", kind: "group", aliases: [], countryCode: null },
    { id: "actor-israel", name: "Israel", kind: "country", aliases: [], countryCode: "IL" },
  ],
  places: [
    {
      id: "place-us",
      name: "United States",
      kind: "country",
      countryCode: "US",
      latitude: 39.8,
      longitude: -98.6,
      within: null,
    },
    {
      id: "place-washington",
      name: "Washington",
      kind: "city",
      countryCode: "US",
      latitude: 38.9,
      longitude: -77.04,
      within: "place-us",
    },
    {
      id: "place-israel",
      name: "Israel",
      kind: "country",
      countryCode: "IL",
      latitude: 31.4,
      longitude: 35.0,
      within: null,
    },
    {
      id: "place-tel-aviv",
      name: "Tel Aviv",
      kind: "city",
      countryCode: "IL",
      latitude: 32.08,
      longitude: 34.78,
      within: "place-israel",
    },
    {
      id: "place-gaza",
      name: "Gaza",
      kind: "territory",
      countryCode: "PS",
      latitude: 31.5,
      longitude: 34.47,
      within: null,
    },
    {
      id: "place-unmapped",
      name: "the region",
      kind: "region",
      countryCode: null,
      latitude: null,
      longitude: null,
      within: null,
    },
  ],
  events: [
    {
      id: "event-call-1106",
      type: "call",
      cameo: "041",
      date: "2023-11-06",
      datePrecision: "day",
      summary: "Biden and Netanyahu discussed tactical pauses in Gaza",
      participants: [
        ["actor-biden", "initiator"],
        ["actor-netanyahu", "counterpart"],
      ],
      places: ["place-gaza"],
      articles: ["art-reuters", "art-ap", "art-icaro"],
    },
    {
      id: "event-statement-1106",
      type: "statement",
      cameo: "010",
      date: "2023-11-06",
      datePrecision: "day",
      summary: "Kirby said Biden's call with Netanyahu covered pauses",
      participants: [
        ["actor-kirby", "speaker"],
        ["actor-biden", "target"],
      ],
      places: ["place-washington"],
      articles: ["art-reuters"],
    },
    {
      id: "event-statement-1107",
      type: "statement",
      cameo: "010",
      date: "2023-11-07",
      datePrecision: "day",
      summary: "Kirby said Israel agreed to consider pauses",
      participants: [
        ["actor-kirby", "speaker"],
        ["actor-israel", "target"],
      ],
      places: ["place-washington"],
      articles: ["art-icaro"],
    },
    {
      id: "event-meeting-1108",
      type: "meeting",
      cameo: "043",
      date: "2023-11-08",
      datePrecision: "day",
      summary: "Harris met Biden on the Middle East",
      participants: [
        ["actor-harris", "participant"],
        ["actor-biden", "participant"],
      ],
      places: ["place-washington"],
      articles: ["art-icaro"],
    },
    {
      id: "event-call-later",
      type: "call",
      cameo: "041",
      date: "2023-11-01",
      datePrecision: "month",
      summary: "Biden and Netanyahu spoke again later in the month",
      participants: [
        ["actor-biden", "initiator"],
        ["actor-netanyahu", "counterpart"],
      ],
      places: ["place-tel-aviv"],
      articles: ["art-ap"],
    },
    {
      id: "event-attack-1007",
      type: "attack",
      cameo: "190",
      date: "2023-10-07",
      datePrecision: "day",
      summary: "Hamas attacked Israel",
      participants: [
        ["actor-hamas", "initiator"],
        ["actor-israel", "target"],
      ],
      places: ["place-israel"],
      articles: ["art-reuters"],
    },
    {
      id: "event-undated",
      type: "attack",
      cameo: "190",
      date: null,
      datePrecision: null,
      summary: "Hamas fired rockets, the article does not say when",
      participants: [
        ["actor-hamas", "initiator"],
        ["actor-israel", "target"],
      ],
      places: ["place-gaza", "place-unmapped"],
      articles: ["art-undated"],
    },
  ] satisfies readonly FixtureEvent[],
  quotes: [
    {
      id: "quote-kirby-1106",
      text: "We are talking about tactical pauses",
      speaker: "actor-kirby",
      date: "2023-11-06",
      event: "event-statement-1106",
      article: "art-reuters",
    },
    {
      id: "quote-kirby-1107",
      text: "Israel has agreed to consider them",
      speaker: "actor-kirby",
      date: "2023-11-07",
      event: "event-statement-1107",
      article: "art-icaro",
    },
  ],
} as const;

const STATEMENTS: readonly (readonly [string, (data: typeof VIZ_FIXTURE) => Record<string, unknown>])[] = [
  [
    `UNWIND $rows AS row
     MERGE (a:Article {id: row.id})
     SET a.url = row.url, a.title = row.title, a.source = row.id + '.txt', a.outlet = row.outlet,
         a.publishedAt = CASE WHEN row.publishedAt IS NULL THEN null ELSE date(row.publishedAt) END,
         a.contentHash = row.id, a.importedAt = datetime()`,
    (data) => ({ rows: data.articles }),
  ],
  [
    `UNWIND $rows AS row
     MERGE (a:Actor {id: row.id})
     SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.countryCode = row.countryCode, a.roles = []`,
    (data) => ({ rows: data.actors }),
  ],
  [
    `UNWIND $rows AS row
     MERGE (p:Place {id: row.id})
     SET p.name = row.name, p.kind = row.kind, p.aliases = [], p.countryCode = row.countryCode,
         p.location = CASE WHEN row.latitude IS NULL THEN null ELSE point({latitude: row.latitude, longitude: row.longitude}) END
     WITH p, row WHERE row.within IS NOT NULL
     MATCH (outer:Place {id: row.within})
     MERGE (p)-[:WITHIN]->(outer)`,
    (data) => ({ rows: data.places }),
  ],
  [
    `UNWIND $rows AS row
     MERGE (e:Event {id: row.id})
     SET e.type = row.type, e.cameo = row.cameo, e.cameoRoot = substring(row.cameo, 0, 2),
         e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
         e.datePrecision = row.datePrecision, e.dateBasis = CASE WHEN row.date IS NULL THEN null ELSE 'stated' END,
         e.summary = row.summary, e.confidence = 0.9, e.sourceCount = size(row.articles)
     WITH e, row
     CALL (e, row) {
       UNWIND row.participants AS participant
       MATCH (a:Actor {id: participant[0]})
       MERGE (a)-[r:PARTICIPATED_IN]->(e) SET r.role = participant[1]
     }
     CALL (e, row) {
       UNWIND row.places AS placeId
       MATCH (p:Place {id: placeId})
       MERGE (e)-[:TOOK_PLACE_IN]->(p)
     }
     CALL (e, row) {
       UNWIND row.articles AS articleId
       MATCH (a:Article {id: articleId})
       MERGE (e)-[r:REPORTED_IN]->(a)
       SET r.sentence = 0, r.start = 0, r.end = size(e.summary), r.text = e.summary + '.'
     }`,
    (data) => ({ rows: data.events }),
  ],
  [
    `UNWIND $rows AS row
     MATCH (speaker:Actor {id: row.speaker}), (e:Event {id: row.event}), (article:Article {id: row.article})
     MERGE (q:Quote {id: row.id})
     SET q.text = row.text, q.date = date(row.date), q.datePrecision = 'day', q.dateBasis = 'stated'
     MERGE (speaker)-[:SAID]->(q)
     MERGE (q)-[:PART_OF]->(e)
     MERGE (q)-[r:REPORTED_IN]->(article)
     SET r.sentence = 1, r.start = 0, r.end = size(row.text), r.text = row.text`,
    (data) => ({ rows: data.quotes }),
  ],
];

/**
 * Writes the fixture (idempotently: MERGE on ids) into an emptied database, with the schema an
 * import lays first: the API's name lookup and search read its full-text indexes.
 */
export async function writeVizFixture(driver: Driver, database?: string): Promise<void> {
  await ensureSchema(driver, database);
  for (const [statement, parameters] of STATEMENTS) {
    await driver.executeQuery(statement, parameters(VIZ_FIXTURE), { database });
  }
}
