import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultWorkers, openAnalysisPool } from "./parallel.js";
import { extractBatches, streamRecords } from "./stream.js";
import { assembleDocument, extractArticles, readInputBatches, readInputs } from "./index.js";

const fixtures = join(import.meta.dirname, "../../tests/fixtures/articles");
const inputs = [join(import.meta.dirname, "../../import"), join(fixtures, "stories"), join(fixtures, "bad")];

async function streamLines(workers: number, batch: number): Promise<string[]> {
  const pool = openAnalysisPool(workers);
  const lines: string[] = [];
  try {
    for await (const doc of extractBatches(readInputBatches(inputs, batch), pool)) {
      for (const record of streamRecords(doc)) lines.push(JSON.stringify(record));
    }
  } finally {
    await pool.close();
  }
  return lines;
}

describe("extraction on worker threads", { timeout: 180_000 }, () => {
  const pool = openAnalysisPool(2);
  afterAll(() => pool.close());

  it("assembles the document one thread makes, byte for byte", async () => {
    const { articles, diagnostics } = await readInputs(inputs);
    const parallel = assembleDocument(await pool.analyze(articles), diagnostics);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(extractArticles(articles, diagnostics)));
  });

  it("streams the same records with one worker and with two, batch by batch", async () => {
    const one = await streamLines(1, 4);
    expect(one.length).toBeGreaterThan(20);
    expect(await streamLines(2, 4)).toEqual(one);
  });

  it("reports an article given again in a later batch as a duplicate, once extracted", async () => {
    // One file named twice is one article (its identity is its path); a folder named twice is
    // read once, as a link back to it would be.
    const seed = join(import.meta.dirname, "../../import/000_4917cd5a5d5048e9.txt");
    const docs = [];
    for await (const doc of extractBatches(readInputBatches([seed, seed], 1), pool)) docs.push(doc);
    expect(docs.map((d) => d.articles.length)).toEqual([1, 0]);
    expect(docs[1]?.diagnostics.filter((d) => d.rule === "extract/duplicate-article")).toHaveLength(1);
  });
});

describe("defaultWorkers", () => {
  it("leaves Neo4j a quarter of the cores (at least one) when it runs here, and keeps one worker", () => {
    expect(defaultWorkers({ localNeo4j: false }, 2)).toBe(2);
    expect(defaultWorkers({ localNeo4j: true }, 2)).toBe(1);
    expect(defaultWorkers({ localNeo4j: true }, 8)).toBe(6);
    expect(defaultWorkers({ localNeo4j: true }, 1)).toBe(1);
  });
});
