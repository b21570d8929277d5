/**
 * The analyst's questions of issue 5 over HTTP, on the graph the real pipeline makes of the
 * seed articles (import/): extraction (src/extract), then import (src/graph). Also
 * `ingestArticles` with the token, through the same pipeline.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearDatabase, connectTestDriver, testConnection } from "../../tests/support/neo4j.js";
import { readInputs } from "../extract/index.js";
import { createApiServer, createPipelineIngest, extractAndImport, type ApiServer } from "./index.js";

const SEEDS = fileURLToPath(new URL("../../import", import.meta.url));
const API_TOKEN = "seeds-test-token";

let driver: Driver;
let server: ApiServer;
let endpoint: string;

interface Answer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function graphql<T>(
  query: string,
  headers: Record<string, string> = {},
  variables = {},
): Promise<Answer<T>> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<T>, "status">) };
}

beforeAll(async () => {
  driver = connectTestDriver();
  const database = testConnection().database;
  await clearDatabase(driver);
  const seeds = await readInputs([SEEDS]);
  await extractAndImport(driver, database, seeds.articles, seeds.diagnostics, SEEDS);
  server = await createApiServer({
    driver,
    database,
    apiToken: API_TOKEN,
    ingest: createPipelineIngest(driver, database),
    log: () => undefined,
  });
  endpoint = `${(await server.listen({ port: 0, host: "127.0.0.1" })).url}graphql`;
});

afterAll(async () => {
  await server.stop();
  await driver.close();
});

describe("the seed articles through the real pipeline", () => {
  it("lists Kirby's quotes in date order, with 2023-11-06 and 2023-11-07", async () => {
    const answer = await graphql<{ quotes: { date: string | null; sources: { id: string }[] }[] }>(`
      {
        quotes(speaker: "Kirby") {
          date
          sources {
            id
          }
        }
      }
    `);
    expect(answer.errors).toBeUndefined();
    const dates = (answer.data?.quotes ?? []).map((quote) => quote.date).filter((date) => date !== null);
    expect(dates).toContain("2023-11-06");
    expect(dates).toContain("2023-11-07");
    expect(dates).toEqual([...dates].sort());
  });

  it("shows the Biden–Netanyahu call of 2023-11-06 with three sources and the later call apart", async () => {
    const answer = await graphql<{
      eventsBetween: { id: string; type: string; date: string | null; sources: { id: string }[] }[];
    }>(`
      {
        eventsBetween(actor: "Joe Biden", other: "Benjamin Netanyahu") {
          id
          type
          date
          sources {
            id
          }
        }
      }
    `);
    expect(answer.errors).toBeUndefined();
    const calls = (answer.data?.eventsBetween ?? []).filter((event) => event.type === "call");
    const monday = calls.find((event) => event.date === "2023-11-06");
    expect(monday?.sources).toHaveLength(3);
    expect(calls.filter((event) => event.id !== monday?.id).length).toBeGreaterThan(0);
  });

  it("lists Gaza's events: dated ones of November 2023 in the timeline, undated ones apart", async () => {
    const answer = await graphql<{
      timeline: { date: string }[];
      undatedEvents: { date: string | null }[];
    }>(`
      {
        timeline(place: "Gaza", from: "2023-11-01", to: "2023-11-30") {
          date
        }
        undatedEvents(place: "Gaza") {
          date
        }
      }
    `);
    expect(answer.errors).toBeUndefined();
    for (const event of answer.data?.timeline ?? []) expect(event.date).toMatch(/^2023-11-/);
    expect(answer.data?.undatedEvents.length).toBeGreaterThan(0);
  });

  it("has dated events in Gaza in November 2023, the 6 November call about pauses in the fighting among them", async () => {
    const answer = await graphql<{ timeline: { type: string; date: string }[] }>(`
      {
        timeline(place: "Gaza", from: "2023-11-01", to: "2023-11-30") {
          type
          date
        }
      }
    `);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.timeline).toContainEqual({ type: "call", date: "2023-11-06" });
  });

  it("links Kamala Harris to Benjamin Netanyahu through events and the countries people belong to", async () => {
    const answer = await graphql<{
      shortestChain: { actorName: string; connection: string | null; eventId: string | null }[];
    }>(`
      {
        shortestChain(from: "Kamala Harris", to: "Benjamin Netanyahu") {
          actorName
          connection
          eventId
        }
      }
    `);
    expect(answer.errors).toBeUndefined();
    const chain = answer.data?.shortestChain ?? [];
    expect(chain[0]?.actorName).toBe("Kamala Harris");
    expect(chain.at(-1)).toMatchObject({ actorName: "Benjamin Netanyahu", connection: null });
    const links = chain.slice(0, -1);
    expect(links.some((link) => link.connection === "event")).toBe(true);
    for (const link of links) {
      expect(["event", "affiliation"]).toContain(link.connection);
      expect(link.eventId !== null).toBe(link.connection === "event");
    }
  });

  it("ingests an article with the token, and a rerun duplicates nothing", async () => {
    const file = join(SEEDS, "004_b7e5f064e2a5f275.txt");
    const text = await readFile(file, "utf8");
    const count = async () =>
      (
        await driver.executeQuery(
          "MATCH (n) RETURN count(n) AS n",
          {},
          { database: testConnection().database },
        )
      ).records[0]?.get("n") as number;
    const before = await count();
    const answer = await graphql<{ ingestArticles: { articles: number; events: number } }>(
      `
        mutation ($articles: [ArticleInput!]!) {
          ingestArticles(articles: $articles) {
            articles
            events
          }
        }
      `,
      { authorization: `Bearer ${API_TOKEN}` },
      { articles: [{ source: file, text, publishedAt: "2023-11-08" }] },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingestArticles.articles).toBe(1);
    expect(await count()).toBe(before);
  });

  it("reports an ingested text that is not an article, naming it, and loads the others", async () => {
    const answer = await graphql<{
      ingestArticles: { articles: number; diagnostics: { rule: string; file: string }[] };
    }>(
      `
        mutation ($articles: [ArticleInput!]!) {
          ingestArticles(articles: $articles) {
            articles
            diagnostics {
              rule
              file
            }
          }
        }
      `,
      { authorization: `Bearer ${API_TOKEN}` },
      {
        articles: [
          { source: "blank.txt", text: "   " },
          { source: "page.html", text: "<!DOCTYPE html><html><body><p>Hello</p></body></html>" },
          { source: "ok.txt", text: await readFile(join(SEEDS, "000_4917cd5a5d5048e9.txt"), "utf8") },
        ],
      },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.ingestArticles.articles).toBe(1);
    expect(answer.data?.ingestArticles.diagnostics).toEqual(
      expect.arrayContaining([
        { rule: "reader/empty", file: "blank.txt" },
        { rule: "reader/html", file: "page.html" },
      ]),
    );
  });
});
