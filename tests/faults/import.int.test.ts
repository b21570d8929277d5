import { describe, expect, it } from "vitest";
import { extractArticles, type InputArticle } from "../../src/extract/index.js";
import { checkExtractionDocument, importDocument } from "../../src/graph/index.js";
import { testConnection, useEmptyDatabaseForEachTest } from "../support/neo4j.js";
import { demoText, inputArticle, syndicatedCopies } from "./articles.js";
import { graphCounts } from "./graph-state.js";

const driver = useEmptyDatabaseForEachTest();
const database = () => testConnection().database;

async function load(inputs: readonly InputArticle[]) {
  const checked = checkExtractionDocument(extractArticles(inputs), "faults");
  return importDocument(driver(), checked, { database: database() });
}

describe("import faults", () => {
  it("loads six syndicated copies as sources of the same events, and a rerun changes nothing", async () => {
    const copies = syndicatedCopies();
    const first = await load(copies);
    expect(first.failures).toEqual([]);
    expect(first.articles.created).toBe(6);
    const counts = await graphCounts(driver(), database());
    const rerun = await load(copies);
    expect(rerun.failures).toEqual([]);
    expect(rerun.articles).toEqual({ created: 0, replaced: 0, unchanged: 6, failed: 0 });
    expect(await graphCounts(driver(), database())).toEqual(counts);
    const { records } = await driver().executeQuery(
      "MATCH (e:Event) WHERE e.sourceCount = 6 RETURN count(e) AS n",
      {},
      { database: database() },
    );
    expect(records[0]?.get("n")).toBeGreaterThanOrEqual(3);
  });

  it("replaces the facts of an edited article that has no url, under its source path", async () => {
    const text = demoText();
    await load([inputArticle({ source: "news/talks.txt", text })]);
    const before = await graphCounts(driver(), database());
    const edited = text.replace("held discussions on Monday", "held talks on Monday");
    const summary = await load([inputArticle({ source: "news/talks.txt", text: edited })]);
    expect(summary.articles).toEqual({ created: 0, replaced: 1, unchanged: 0, failed: 0 });
    const { records } = await driver().executeQuery(
      `MATCH (a:Article) WITH count(a) AS articles
       OPTIONAL MATCH (e:Event) WHERE e.sourceCount > 1
       RETURN articles, count(e) AS inflated`,
      {},
      { database: database() },
    );
    expect(records[0]?.get("articles")).toBe(1);
    expect(records[0]?.get("inflated")).toBe(0);
    expect((await graphCounts(driver(), database())).Article).toBe(before.Article);
  });
});
