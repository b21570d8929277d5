/**
 * The API's semantics over HTTP against the real Neo4j, on a hand-written graph of the seed
 * articles (tests/fixtures/graph) that has every case the queries must handle: dated and
 * undated events, places within places, a chain between actors. seeds.int.test.ts asks the
 * same questions of the graph the real extraction and import make.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearDatabase, connectTestDriver, testConnection } from "../../tests/support/neo4j.js";
import { loadSeedGraphFixture } from "../../tests/fixtures/graph/seed-graph.js";
import { postGraphQL, type GraphQLResponse } from "../../tests/support/graphql.js";
import { createApiServer, type ApiServer } from "./index.js";

const API_TOKEN = "test-token-for-ingest";

let driver: Driver;
let server: ApiServer;
let baseUrl: string;

const graphql = <T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => postGraphQL<T>(`${baseUrl}graphql`, query, variables, headers);

beforeAll(async () => {
  driver = connectTestDriver();
  await clearDatabase(driver);
  await loadSeedGraphFixture(driver, testConnection().database);
  server = await createApiServer({
    driver,
    database: testConnection().database,
    apiToken: API_TOKEN,
    log: () => undefined,
  });
  baseUrl = (await server.listen({ port: 0, host: "127.0.0.1" })).url;
});

afterAll(async () => {
  await server.stop();
  await driver.close();
});

interface EventView {
  id: string;
  date: string | null;
  type: string;
  cursor: string;
  sourceCount: number;
  sources: { id: string }[];
  participants: { name: string }[];
  places: { name: string; within: { name: string }[] }[];
}

describe("who said what, when", () => {
  it("lists John Kirby's quotes in date order, with their dates, articles and events", async () => {
    const result = await graphql<{
      quotes: { date: string | null; text: string; sources: { id: string }[]; event: { type: string }[] }[];
    }>(
      `
        query ($speaker: String!) {
          quotes(speaker: $speaker) {
            date
            text
            sources {
              id
            }
            event {
              type
            }
          }
        }
      `,
      { speaker: "John Kirby" },
    );
    expect(result.errors).toBeUndefined();
    const quotes = result.data?.quotes ?? [];
    const dates = quotes.map((quote) => quote.date);
    expect(dates).toContain("2023-11-06");
    expect(dates).toContain("2023-11-07");
    expect(dates).toEqual([...dates].sort());
    for (const quote of quotes) expect(quote.sources.length).toBeGreaterThan(0);
  });

  it("finds quotes by full-text search", async () => {
    const result = await graphql<{ searchQuotes: { edges: { node: { text: string } }[] } }>(`
      {
        searchQuotes(phrase: "trickle") {
          edges {
            node {
              text
            }
          }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.data?.searchQuotes.edges[0]?.node.text).toContain("trickle");
  });
});

describe("relationship between Joe Biden and Benjamin Netanyahu", () => {
  it("shows the 2023-11-06 call with three sources, and the later call apart", async () => {
    const result = await graphql<{ eventsBetween: EventView[] }>(`
      {
        eventsBetween(actor: "Joe Biden", other: "Benjamin Netanyahu") {
          id
          date
          type
          sourceCount
          sources {
            id
          }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    const events = result.data?.eventsBetween ?? [];
    const calls = events.filter((event) => event.type === "call");
    const monday = calls.find((event) => event.date === "2023-11-06");
    expect(monday?.sources).toHaveLength(3);
    expect(monday?.sourceCount).toBe(3);
    const others = calls.filter((event) => event !== monday);
    expect(others.length).toBeGreaterThan(0);
    // Dated events come first, in date order; undated ones after them.
    const dated = events.map((event) => event.date !== null);
    expect(dated).toEqual([...dated].sort((a, b) => Number(b) - Number(a)));
  });

  it("summarises Biden's connections: how often, first and last date, which types", async () => {
    const result = await graphql<{
      actors: { connections: { name: string; eventCount: number; firstDate: string; types: string[] }[] }[];
    }>(`
      {
        actors(where: { name: { eq: "Joe Biden" } }) {
          connections {
            name
            eventCount
            firstDate
            types
          }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    const netanyahu = result.data?.actors[0]?.connections.find((c) => c.name === "Benjamin Netanyahu");
    expect(netanyahu?.eventCount).toBeGreaterThanOrEqual(2);
    expect(netanyahu?.firstDate).toBe("2023-11-06");
    expect(netanyahu?.types).toContain("call");
  });
});

describe("timelines", () => {
  it("lists events in Gaza (or places within it) in November 2023, dated and in order", async () => {
    const result = await graphql<{ timeline: EventView[]; undatedEvents: { id: string }[] }>(`
      {
        timeline(place: "Gaza", from: "2023-11-01", to: "2023-11-30") {
          id
          date
          places {
            name
            within {
              name
            }
          }
        }
        undatedEvents(place: "Gaza") {
          id
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    const events = result.data?.timeline ?? [];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.date).toMatch(/^2023-11-/);
      const names = event.places.flatMap((place) => [place.name, ...place.within.map((p) => p.name)]);
      expect(names).toContain("Gaza");
    }
    const dates = events.map((event) => event.date ?? "");
    expect(dates).toEqual([...dates].sort());
    const timelineIds = new Set(events.map((event) => event.id));
    for (const undated of result.data?.undatedEvents ?? []) expect(timelineIds.has(undated.id)).toBe(false);
  });

  it("pages an actor's timeline with cursors, without gaps or repeats", async () => {
    const all = await graphql<{ timeline: EventView[] }>(`
      {
        timeline(actor: "Joe Biden", first: 100) {
          id
          cursor
        }
      }
    `);
    const expected = (all.data?.timeline ?? []).map((event) => event.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result: GraphQLResponse<{ timeline: EventView[] }> = await graphql(
        `
          query ($after: String) {
            timeline(actor: "Joe Biden", first: 1, after: $after) {
              id
              cursor
            }
          }
        `,
        { after },
      );
      const events = result.data?.timeline ?? [];
      if (events.length === 0) break;
      seen.push(...events.map((event) => event.id));
      after = events.at(-1)?.cursor ?? null;
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(seen).toEqual(expected);
  });
});

describe("shortest chain", () => {
  it("links Kamala Harris to Benjamin Netanyahu through shared events", async () => {
    const result = await graphql<{
      shortestChain: { actorName: string; eventId: string | null; eventDate: string | null }[];
    }>(`
      {
        shortestChain(from: "Kamala Harris", to: "Benjamin Netanyahu") {
          actorName
          eventId
          eventDate
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    const chain = result.data?.shortestChain ?? [];
    expect(chain[0]?.actorName).toBe("Kamala Harris");
    expect(chain.at(-1)?.actorName).toBe("Benjamin Netanyahu");
    expect(chain.at(-1)?.eventId).toBeNull();
    for (const link of chain.slice(0, -1)) expect(link.eventId).toBeTruthy();
  });

  it("is empty between actors no chain links", async () => {
    const result = await graphql<{ shortestChain: unknown[] }>(`
      {
        shortestChain(from: "Antony Blinken", to: "Kamala Harris") {
          actorName
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.data?.shortestChain).toEqual([]);
  });
});

describe("guard rails", () => {
  it("rejects an over-deep query with a clear error", async () => {
    const result = await graphql(`
      {
        actors {
          events {
            participants {
              events {
                participants {
                  events {
                    participants {
                      events {
                        id
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 8 exceeded/);
  });

  it("rejects a page larger than the maximum", async () => {
    const result = await graphql(`
      {
        eventsConnection(first: 1000) {
          totalCount
        }
      }
    `);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("maximum page size of 100");
  });

  it("rejects ingestArticles without the token as UNAUTHENTICATED", async () => {
    const mutation = `mutation { ingestArticles(articles: [{ source: "x.txt", text: "Title\\n\\nBody." }]) { articles } }`;
    const anonymous = await graphql(mutation);
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.errors?.[0]?.message).toContain("Authorization: Bearer");
    const wrongToken = await graphql(mutation, {}, { authorization: "Bearer not-the-token" });
    expect(wrongToken.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("exposes none of the generated create/update/delete mutations", async () => {
    const result = await graphql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(`
      {
        __schema {
          mutationType {
            fields {
              name
            }
          }
        }
      }
    `);
    expect(result.data?.__schema.mutationType.fields.map((field) => field.name)).toEqual(["ingestArticles"]);
  });

  it("masks errors without stack traces or Cypher", async () => {
    const result = await graphql(`
      {
        timeline(after: "2023-13-45|x") {
          id
        }
      }
    `);
    const text = JSON.stringify(result);
    expect(result.errors?.[0]?.extensions?.code).toBeDefined();
    expect(text).not.toMatch(/stacktrace|MATCH|Neo4jError|at .*\.js/);
  });
});

describe("HTTP endpoints", () => {
  it("reports Neo4j reachable on /health", async () => {
    const response = await fetch(`${baseUrl}health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", neo4j: { reachable: true } });
  });

  it("serves the playground and its scripts from this server", async () => {
    const page = await fetch(baseUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    for (const [, path] of html.matchAll(/src="([^"]+)"/g)) {
      const asset = await fetch(new URL(path ?? "", baseUrl));
      expect(asset.status).toBe(200);
    }
  });

  it("answers CORS preflights", async () => {
    const response = await fetch(`${baseUrl}graphql`, {
      method: "OPTIONS",
      headers: { origin: "https://example.org", "access-control-request-method": "POST" },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });
});

describe("visualisation fields", () => {
  it("say clearly that a server without a visualisation service cannot answer them", async () => {
    const result = await graphql<{ explorerData: string }>("{ explorerData }");
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: "explorerData is not available on this server (no visualisation service configured).",
        extensions: { code: "NOT_IMPLEMENTED" },
      }),
    ]);
  });
});
