/**
 * What an analyst types, against the real Neo4j: names as the extractor joins them (case, alias,
 * family name, given name, initials), ambiguous and unknown names as BAD_USER_INPUT, stemmed
 * full-text search with snippets and articles, `quotes(speaker:, from:, to:, search:)`, the actor
 * page and where the sources disagree. Graph: the seed fixture plus the few nodes each case needs.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeedGraphFixture } from "../../tests/fixtures/graph/seed-graph.js";
import { postGraphQL } from "../../tests/support/graphql.js";
import { clearDatabase, connectTestDriver, testConnection } from "../../tests/support/neo4j.js";
import { createApiServer, EXAMPLE_QUERIES, type ApiServer } from "./index.js";

let driver: Driver;
let server: ApiServer;
let endpoint: string;

const graphql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL<T>(endpoint, query, variables);

/** Two people who share a given name, an organisation known by its initials, Kirby's titles, two dates for one call. */
async function addAnalystCases(run: (cypher: string) => Promise<unknown>): Promise<void> {
  await run(`
    MERGE (a:Actor {id: 'actor-ahmed-hassan'}) SET a += {name: 'Ahmed Hassan', kind: 'person', aliases: [], roles: []}
    MERGE (b:Actor {id: 'actor-ahmed-said'}) SET b += {name: 'Ahmed Said', kind: 'person', aliases: [], roles: []}
    MERGE (c:Actor {id: 'actor-nsc'}) SET c += {name: 'National Security Council', kind: 'organization', aliases: [], roles: []}`);
  await run(`
    MATCH (kirby:Actor {id: 'actor-kirby'})
    MATCH (first:Article {id: '000_4917cd5a5d5048e9'}), (later:Article {id: '004_b7e5f064e2a5f275'})
    MERGE (kirby)-[m1:MENTIONED_IN]->(first) SET m1.roles = ['NSC spokesperson']
    MERGE (kirby)-[m2:MENTIONED_IN]->(later) SET m2.roles = ['White House national security communications adviser']`);
  await run(`
    MATCH (:Event {id: 'event-call-2023-11-06'})-[r:REPORTED_IN]->(article:Article)
    SET r.type = 'call', r.datePrecision = 'day',
        r.date = CASE article.id WHEN '001_8722ea39c0a5e3f2' THEN date('2023-11-07') ELSE date('2023-11-06') END`);
}

beforeAll(async () => {
  driver = connectTestDriver();
  await clearDatabase(driver);
  const { database } = testConnection();
  await loadSeedGraphFixture(driver, database);
  await addAnalystCases((cypher) => driver.executeQuery(cypher, {}, { database }));
  server = await createApiServer({ driver, database, log: () => undefined });
  endpoint = `${(await server.listen({ port: 0, host: "127.0.0.1" })).url}graphql`;
});

afterAll(async () => {
  await server.stop();
  await driver.close();
});

const TIMELINE = `query ($actor: String!) { timeline(actor: $actor, first: 50) { id } }`;

describe("names, as the extractor joins them", () => {
  it("finds Joe Biden by his full name in any case, his alias, his family name and his id", async () => {
    const expected = await graphql<{ timeline: { id: string }[] }>(TIMELINE, { actor: "actor-biden" });
    expect(expected.data?.timeline.length).toBeGreaterThan(0);
    for (const name of ["Joe Biden", "joe biden", "Biden", "BIDEN", "President Joe Biden"]) {
      const result = await graphql<{ timeline: { id: string }[] }>(TIMELINE, { actor: name });
      expect(result.errors, name).toBeUndefined();
      expect(result.data?.timeline, name).toEqual(expected.data?.timeline);
    }
  });

  it("takes a given name, a family name and initials for every field that names an actor", async () => {
    const result = await graphql<{
      eventsBetween: unknown[];
      shortestChain: { actorName: string }[];
      quotes: { text: string }[];
      actor: { name: string } | null;
      nsc: { name: string } | null;
    }>(`
      {
        eventsBetween(actor: "biden", other: "netanyahu") {
          id
        }
        shortestChain(from: "Harris", to: "Netanyahu") {
          actorName
        }
        quotes(speaker: "kirby") {
          text
        }
        actor(name: "Kamala") {
          name
        }
        nsc: actor(name: "NSC") {
          name
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.data?.eventsBetween.length).toBeGreaterThan(0);
    expect(result.data?.shortestChain[0]?.actorName).toBe("Kamala Harris");
    expect(result.data?.quotes.length).toBe(4);
    expect(result.data?.actor?.name).toBe("Kamala Harris");
    expect(result.data?.nsc?.name).toBe("National Security Council");
  });

  it("looks places up by alias, whatever the case", async () => {
    const result = await graphql<{ timeline: { id: string }[]; byId: { id: string }[] }>(`
      {
        timeline(place: "gaza strip", first: 50) {
          id
        }
        byId: timeline(place: "place-gaza", first: 50) {
          id
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.data?.timeline.length).toBeGreaterThan(0);
    expect(result.data?.timeline).toEqual(result.data?.byId);
  });

  it("answers an ambiguous name with BAD_USER_INPUT listing the candidates", async () => {
    const result = await graphql(TIMELINE, { actor: "Ahmed" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/"Ahmed" is ambiguous/);
    expect(result.errors?.[0]?.message).toContain("Ahmed Hassan (person; id actor-ahmed-hassan)");
    expect(result.errors?.[0]?.message).toContain("Ahmed Said (person; id actor-ahmed-said)");
  });

  it("answers an unknown name with BAD_USER_INPUT and the nearest names", async () => {
    const result = await graphql(TIMELINE, { actor: "Netanyahoo" });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/No actor is called "Netanyahoo".*"Benjamin Netanyahu"/);
    const place = await graphql(`
      {
        timeline(place: "Atlantis") {
          id
        }
      }
    `);
    expect(place.errors?.[0]?.message).toMatch(/^No place is called "Atlantis"\.$/);
  });
});

interface Hit {
  kind: string;
  id: string;
  snippet: string;
  article: { id: string; title: string | null } | null;
}

describe("full-text search in English", () => {
  const SEARCH = `query ($phrase: String!) { search(phrase: $phrase, first: 20) { kind id snippet article { id title } } }`;

  it("finds 'hostages' for 'hostage', marked in the snippet, with the article", async () => {
    const result = await graphql<{ search: Hit[] }>(SEARCH, { phrase: "hostage" });
    expect(result.errors).toBeUndefined();
    const hits = result.data?.search ?? [];
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet).toMatch(/<mark>hostages?<\/mark>/i);
    expect(hits.find((hit) => hit.id === "quote-netanyahu-1")?.article?.id).toBe("001_8722ea39c0a5e3f2");
  });

  it("searches article titles and evidence sentences, not only summaries", async () => {
    const titles = await graphql<{ search: Hit[] }>(SEARCH, { phrase: "pause" });
    expect(
      titles.data?.search.some(
        (hit) => hit.kind === "article" && hit.snippet.includes("<mark>Pauses</mark>"),
      ),
    ).toBe(true);
    const evidence = await graphql<{ search: Hit[] }>(SEARCH, { phrase: "conversation in eight days" });
    const hit = evidence.data?.search.find((h) => h.id === "event-call-2023-11-06");
    expect(hit?.snippet).toContain("<mark>conversation</mark>");
    expect(hit?.article?.id).toBe("001_8722ea39c0a5e3f2");
  });

  it("reads Lucene syntax as words, and a phrase without words as BAD_USER_INPUT", async () => {
    const syntax = await graphql<{ search: Hit[] }>(SEARCH, { phrase: 'trickle) AND "OR [' });
    expect(syntax.errors).toBeUndefined();
    expect(syntax.data?.search[0]?.id).toBe("quote-kirby-2");
    const empty = await graphql(SEARCH, { phrase: " *?! " });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("stems the generated search fields too", async () => {
    const result = await graphql<{ searchQuotes: { edges: { node: { id: string } }[] } }>(`
      {
        searchQuotes(phrase: "hostage") {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    expect(result.data?.searchQuotes.edges.map((edge) => edge.node.id)).toContain("quote-netanyahu-1");
  });
});

describe("quotes(speaker:, from:, to:, search:)", () => {
  const QUOTES = `query ($speaker: String, $from: Date, $to: Date, $search: String, $after: String) {
    quotes(speaker: $speaker, from: $from, to: $to, search: $search, first: 2, after: $after) { id date cursor sources { id } }
  }`;
  interface Quotes {
    quotes: { id: string; date: string | null; cursor: string; sources: { id: string }[] }[];
  }

  it("pages everything Kirby said in date order, with sources", async () => {
    const first = await graphql<Quotes>(QUOTES, { speaker: "Kirby" });
    const page1 = first.data?.quotes ?? [];
    const next = await graphql<Quotes>(QUOTES, { speaker: "Kirby", after: page1.at(-1)?.cursor });
    const all = [...page1, ...(next.data?.quotes ?? [])];
    expect(all.map((quote) => quote.id)).toEqual([
      "quote-kirby-1",
      "quote-kirby-2",
      "quote-kirby-3",
      "quote-kirby-4",
    ]);
    for (const quote of all) expect(quote.sources.length).toBeGreaterThan(0);
  });

  it("filters by day and by stemmed words", async () => {
    const day = await graphql<Quotes>(QUOTES, {
      speaker: "john kirby",
      from: "2023-11-07",
      to: "2023-11-07",
    });
    expect(day.data?.quotes.map((quote) => quote.date)).toEqual(["2023-11-07", "2023-11-07"]);
    const words = await graphql<Quotes>(QUOTES, { search: "pause" });
    expect(words.data?.quotes.map((quote) => quote.id)).toEqual(["quote-kirby-1"]);
  });
});

describe("the actor page and disagreements", () => {
  it("gives Kirby's titles over time with their sources", async () => {
    const result = await graphql<{
      actor: { titles: { title: string; firstDate: string; sources: { id: string }[] }[] };
    }>(`
      {
        actor(name: "Kirby") {
          titles {
            title
            firstDate
            sources {
              id
            }
          }
        }
      }
    `);
    expect(result.data?.actor.titles.map((t) => [t.title, t.firstDate])).toEqual([
      ["NSC spokesperson", "2023-11-06"],
      ["White House national security communications adviser", "2023-11-08"],
    ]);
  });

  it("shows the outlets' different days for one call side by side", async () => {
    const result = await graphql<{
      eventsBetween: {
        id: string;
        disagreements: {
          aspect: string;
          claims: { value: string; sources: { id: string; outlet: string | null }[] }[];
        }[];
      }[];
    }>(`
      {
        eventsBetween(actor: "Biden", other: "Netanyahu") {
          id
          disagreements {
            aspect
            claims {
              value
              sources {
                id
                outlet
              }
            }
          }
        }
      }
    `);
    const call = result.data?.eventsBetween.find((event) => event.id === "event-call-2023-11-06");
    expect(call?.disagreements).toEqual([
      {
        aspect: "date",
        claims: [
          {
            value: "2023-11-06",
            sources: [
              { id: "000_4917cd5a5d5048e9", outlet: "ICARO Media Group" },
              { id: "004_b7e5f064e2a5f275", outlet: "essanews" },
            ],
          },
          { value: "2023-11-07", sources: [{ id: "001_8722ea39c0a5e3f2", outlet: "247 News Agency" }] },
        ],
      },
    ]);
    const agreeing = result.data?.eventsBetween.find((event) => event.id === "event-call-sunday");
    expect(agreeing?.disagreements).toEqual([]);
  });
});

describe("the playground's examples", () => {
  it.each(EXAMPLE_QUERIES.map((example) => [example.title, example] as const))(
    "%s runs without errors and finds something",
    async (_title, example) => {
      const result = await graphql<Record<string, unknown>>(example.query, { ...example.variables });
      expect(result.errors).toBeUndefined();
      const [first] = Object.values(result.data ?? {});
      expect(Array.isArray(first) ? first.length : first).toBeTruthy();
    },
  );
});
