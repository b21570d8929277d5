/**
 * The `export` and `explorerData` GraphQL fields over HTTP, on the server `newsgraph serve`
 * composes, against the viz fixture graph in the real Neo4j.
 */
import { UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { useNewsgraphServerOn } from "../../tests/support/newsgraph-server.js";
import { EXPORT_FORMAT_NAMES, type ExplorerData } from "../viz/index.js";
import { writeVizFixture } from "../viz/testing/neo4j-fixture.js";

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const serverUrl = useNewsgraphServerOn(writeVizFixture);

async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${serverUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

const EXPORT = `
  query ($format: ExportFormat!, $graph: ProjectionKind, $actor: [String!], $cameo: [String!], $from: String) {
    export(format: $format, graph: $graph, actor: $actor, cameo: $cameo, from: $from) {
      format
      mediaType
      content
    }
  }
`;

interface ExportData {
  export: { format: string; mediaType: string; content: string };
}

describe("export", () => {
  it("returns GEXF of the filtered network that Gephi's parser reads", async () => {
    const result = await graphql<ExportData>(EXPORT, { format: "GEXF", actor: ["Kirby"] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.export.format).toBe("GEXF");
    expect(result.data?.export.mediaType).toBe("application/gexf+xml");
    const graph = parseGexf(UndirectedGraph, result.data?.export.content ?? "");
    expect(graph.nodes().sort()).toEqual(["actor-biden", "actor-israel", "actor-kirby"]);
  });

  it("writes the actor–event graph when asked", async () => {
    const result = await graphql<ExportData>(EXPORT, {
      format: "CSV_NODES",
      graph: "ACTOR_EVENT",
      from: "2023-11",
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.export.mediaType).toBe("text/csv; charset=utf-8");
    expect(result.data?.export.content).toContain("event-call-1106");
  });

  it("offers every export format, by the same names as the CLI and HTTP", async () => {
    const result = await graphql<{ __type: { enumValues: { name: string }[] } }>(`
      {
        __type(name: "ExportFormat") {
          enumValues {
            name
          }
        }
      }
    `);
    const names = result.data?.__type.enumValues.map(({ name }) => name.toLowerCase().replaceAll("_", "-"));
    expect(names?.sort()).toEqual([...EXPORT_FORMAT_NAMES].sort());
  });

  it("answers a bad filter value with BAD_USER_INPUT naming it, and no data", async () => {
    const result = await graphql<ExportData>(EXPORT, { format: "GEXF", cameo: ["abc"] });
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('"abc"') as unknown,
        extensions: { code: "BAD_USER_INPUT" },
      }),
    ]);
  });
});

describe("explorerData", () => {
  it("returns the explorer's payload for the filter as a JSON string", async () => {
    const result = await graphql<{ explorerData: string }>(
      "query ($from: String) { explorerData(from: $from) }",
      { from: "2023-11" },
    );
    expect(result.errors).toBeUndefined();
    const data = JSON.parse(result.data?.explorerData ?? "null") as ExplorerData;
    expect(data.events).toHaveLength(5);
    expect(data.network.nodes.map((node) => node.key)).toContain("actor-kirby");
    expect(data.places.length).toBeGreaterThan(0);
  });

  it("answers an impossible date with BAD_USER_INPUT naming it", async () => {
    const result = await graphql<{ explorerData: string }>('{ explorerData(to: "2023-13") }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain('"2023-13"');
  });
});
