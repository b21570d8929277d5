import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { check } from "@placemarkio/check-geojson";
import { parse as parseCsv } from "csv-parse/sync";
import { UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { testConnection } from "../../../tests/support/neo4j.js";
import { useNewsgraphServerOn } from "../../../tests/support/newsgraph-server.js";
import { writeVizFixture } from "../testing/neo4j-fixture.js";

const serverUrl = useNewsgraphServerOn(writeVizFixture);

const get = (path: string, init?: RequestInit) => fetch(`${serverUrl()}${path}`, init);

describe("GET /export/<format>", () => {
  it("serves GEXF of the filtered network as a download", async () => {
    const response = await get("/export/gexf?actor=Kirby");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/gexf+xml");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="newsgraph-gexf.gexf"');
    const graph = parseGexf(UndirectedGraph, await response.text());
    expect(graph.nodes().sort()).toEqual(["actor-biden", "actor-israel", "actor-kirby"]);
  });

  it("serves the actor–event graph when asked, and GeoJSON of a date range", async () => {
    const csv = await (await get("/export/csv-nodes?graph=actor-event&cameo=041")).text();
    const ids = parseCsv<Record<string, string>>(csv, { columns: true }).map((row) => row.Id);
    expect(ids.sort()).toEqual([
      "actor:actor-biden",
      "actor:actor-netanyahu",
      "event:event-call-1106",
      "event:event-call-later",
    ]);
    const geojson = check(await (await get("/export/geojson?from=2023-10-01&to=2023-10-31")).text());
    expect(geojson.type === "FeatureCollection" && geojson.features.map((feature) => feature.id)).toEqual([
      "place-israel",
    ]);
  });

  it("answers bad requests with a clear error and no internals", async () => {
    const badDate = await get("/export/gexf?from=yesterday");
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toEqual({
      errors: [
        {
          message: '--from "yesterday": expected YYYY, YYYY-MM or YYYY-MM-DD',
          extensions: { code: "BAD_REQUEST" },
        },
      ],
    });
    const unknown = await get("/export/pdf");
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain("formats: graphology, gexf, cytoscape");
    expect((await get("/export/gexf?graph=tree")).status).toBe(400);
    const post = await get("/export/gexf", { method: "POST" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("GET /explore", () => {
  it("serves the page with a same-origin-only policy, its bundled script and world outline", async () => {
    const page = await get("/explore");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/explore/app.js">');
    const script = await get("/explore/app.js");
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const code = await script.text();
    expect(code).not.toMatch(/https?:\/\/(cdn|unpkg|esm\.sh)/);
    expect(code.length).toBeGreaterThan(50_000);
    const world = (await (await get("/explore/world.json")).json()) as { type: string };
    expect(world.type).toBe("Topology");
  });

  it("leaves other paths to the server it is mounted in", async () => {
    const other = await get("/exploration");
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
    expect((await get("/explore/data.json")).status).toBe(404);
  });
});

describe("newsgraph export", () => {
  it("writes the chosen format to a file, and fails clearly on a bad option", async () => {
    const directory = await mkdtemp(join(tmpdir(), "newsgraph-export-"));
    const connection = testConnection();
    const env = {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.username,
      NEO4J_PASSWORD: connection.password,
      ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    };
    const cli = (args: string[]) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/main.ts", "export", ...args], {
        env,
      });
    try {
      const output = join(directory, "timeline.json");
      const { stderr } = await cli(["--format", "timeline", "--actor", "Joe Biden", "-o", output]);
      expect(stderr).toContain(`Wrote TimelineJS3 JSON to ${output}`);
      const timeline = JSON.parse(await readFile(output, "utf8")) as { events: { unique_id: string }[] };
      expect(timeline.events.map((slide) => slide.unique_id)).toEqual([
        "event-call-later",
        "event-call-1106",
        "event-statement-1106",
        "event-meeting-1108",
      ]);
      await expect(cli(["--format", "svg"])).rejects.toMatchObject({
        stderr: expect.stringContaining('--format "svg" is not one of') as unknown,
      });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
