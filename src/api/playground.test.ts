import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "./example-queries.js";
import { PlaygroundAssets, renderPlayground } from "./playground.js";

describe("renderPlayground", () => {
  const html = renderPlayground({ endpoint: "/graphql", examples: EXAMPLE_QUERIES });

  it("loads everything from this server, nothing from a CDN", () => {
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^\/playground\//);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("pre-fills the example queries as tabs", () => {
    expect(html).toContain("timeline(actor: $actor");
    expect(html).toContain("shortestChain");
  });

  it("cannot be broken out of its script element by a query's text", () => {
    const hostile = renderPlayground({
      endpoint: "/graphql",
      examples: [{ title: "x", query: "</script><b>" }],
    });
    expect(hostile).not.toContain("</script><b>");
  });
});

describe("PlaygroundAssets", () => {
  it("serves the bundled GraphiQL and React from node_modules", async () => {
    const assets = new PlaygroundAssets();
    const graphiql = await assets.get("/playground/graphiql.js");
    expect(graphiql?.contentType).toBe("text/javascript");
    expect(graphiql?.body.length).toBeGreaterThan(100_000);
    expect((await assets.get("/playground/react.js"))?.body.toString()).toContain("React");
  });

  it("knows nothing else", async () => {
    expect(await new PlaygroundAssets().get("/playground/../../package.json")).toBeNull();
  });
});
