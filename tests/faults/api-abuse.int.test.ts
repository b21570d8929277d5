/** What an attacker or a careless client sends the API, and the 4xx each gets. */
import { describe, expect, it } from "vitest";
import { createNewsgraphServer } from "../../src/cli/compose.js";
import { connectTestDriver, testConnection } from "../support/neo4j.js";
import { useNewsgraphServerOn } from "../support/newsgraph-server.js";
import { extractArticles } from "../../src/extract/index.js";
import { checkExtractionDocument, importDocument } from "../../src/graph/index.js";
import { demoText, inputArticle } from "./articles.js";

const url = useNewsgraphServerOn(async (driver, database) => {
  const checked = checkExtractionDocument(
    extractArticles([inputArticle({ source: "a.txt", text: demoText() })]),
    "api",
  );
  await importDocument(driver, checked, { database });
});

interface Answer {
  readonly status: number;
  readonly code: string | undefined;
  readonly message: string;
}

async function post(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${url()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const json = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return {
    status: response.status,
    code: json.errors?.[0]?.extensions?.code,
    message: json.errors?.map((e) => e.message).join(" ") ?? "",
  };
}

const search = (phrase: string) =>
  post(
    JSON.stringify({
      query: "query($p: String!) { searchQuotes(phrase: $p) { edges { node { text } } } }",
      variables: { p: phrase },
    }),
  );

describe("API abuse", () => {
  it.each(["AND OR (", "~~~", "a]b["])(
    "full-text syntax error %j is BAD_USER_INPUT with the reason",
    async (phrase) => {
      const answer = await search(phrase);
      expect(answer).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
      expect(answer.message).toMatch(/not valid Lucene syntax/);
    },
  );

  it.each(["*rby", "?irby", "/kir.*/"])("a whole-index scan %j is refused", async (phrase) => {
    const answer = await search(phrase);
    expect(answer).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(answer.message).toMatch(/scan the whole index/);
  });

  it("still answers an ordinary search, a prefix and a quoted phrase", async () => {
    for (const phrase of ["trickle", "tric*", '"a trickle"']) expect((await search(phrase)).status).toBe(200);
  });

  it("answers too many aliases with 400, not 500", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: actors(limit: 1) { id }`).join(" ");
    const answer = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(answer.message).toMatch(/alias/i);
    expect(answer.status).toBe(400);
  });

  it("answers too many tokens with 400, not 500", async () => {
    const fields = Array.from({ length: 3000 }, () => "__typename").join(" ");
    const answer = await post(JSON.stringify({ query: `{ ${fields} }` }));
    expect(answer.message).toMatch(/token/i);
    expect(answer.status).toBe(400);
  });

  it("refuses a 10 MB body of whitespace with 413 before reading it", async () => {
    const body = JSON.stringify({ query: `{ __typename ${" ".repeat(10 * 1024 * 1024)}}` });
    const answer = await post(body);
    expect(answer.status).toBe(413);
    expect(answer.message).toMatch(/larger than 102400 bytes/);
  });
});

describe("introspection as a setting", () => {
  it("is refused by a server started with introspection off", async () => {
    const driver = connectTestDriver();
    const server = await createNewsgraphServer({
      driver,
      database: testConnection().database,
      introspection: false,
      log: () => undefined,
    });
    try {
      const { url: base } = await server.listen({ port: 0, host: "127.0.0.1" });
      const response = await fetch(new URL("/graphql", base), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __schema { types { name } } }" }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/introspection/i);
    } finally {
      await server.stop();
      await driver.close();
    }
  });
});
