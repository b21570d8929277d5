import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticles } from "../../src/extract/index.js";
import { checkExtractionDocument, importDocument } from "../../src/graph/index.js";
import { clearDatabase, testConnection, useEmptyDatabaseForEachTest } from "../support/neo4j.js";
import { demoText, inputArticle } from "./articles.js";
import { graphCounts, graphHash } from "./graph-state.js";

const driver = useEmptyDatabaseForEachTest();
const database = () => testConnection().database;

/** The demo stories, each also as an edited copy under another source: 10 articles. */
function corpus() {
  const names = readdirSync(join(import.meta.dirname, "../../import")).sort();
  return names.flatMap((name) => [
    inputArticle({ source: `news/${name}`, text: demoText(name) }),
    inputArticle({ source: `other/${name}`, text: `${demoText(name)}\nThis story was updated.` }),
  ]);
}

describe("two imports of the same input at once", () => {
  it("create every node once, and their counters add up to what happened", async () => {
    const checked = checkExtractionDocument(extractArticles(corpus()), "concurrent");
    const total = checked.document.articles.length;
    const options = { database: database(), batchSize: 2 };

    await importDocument(driver(), checked, options);
    const clean = {
      counts: await graphCounts(driver(), database()),
      hash: await graphHash(driver(), database()),
    };
    await clearDatabase(driver());

    const [a, b] = await Promise.all([
      importDocument(driver(), checked, options),
      importDocument(driver(), checked, { ...options, skipSchema: true }),
    ]);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(a.articles.created + b.articles.created).toBe(total);
    expect(a.articles.created + a.articles.unchanged).toBe(total);
    expect(b.articles.created + b.articles.unchanged).toBe(total);
    expect(a.articles.replaced + b.articles.replaced).toBe(0);
    expect(a.events.created + b.events.created).toBe(clean.counts.Event);
    expect(await graphCounts(driver(), database())).toEqual(clean.counts);
    expect(await graphHash(driver(), database())).toBe(clean.hash);
  });
});
