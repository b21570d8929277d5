import { describe, expect, it } from "vitest";
import { createPipelineIngest } from "../../src/api/index.js";
import { testConnection, useEmptyDatabaseForEachTest } from "../support/neo4j.js";
import { demoText } from "./articles.js";

const driver = useEmptyDatabaseForEachTest();

describe("ingestArticles with bad articles", () => {
  it("refuses control characters and future dates as the CLI does, each diagnostic once, and loads the rest", async () => {
    const ingest = createPipelineIngest(driver(), testConnection().database);
    const report = await ingest([
      { source: "good", text: demoText() },
      { source: "nul", text: `${demoText()}\u0000` },
      { source: "future", text: demoText(), publishedAt: "2099-01-01" },
      { source: "empty", text: "   " },
    ]);
    expect(report.articles).toBe(1);
    const errors = report.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.file, d.rule])).toEqual([
      ["nul", "reader/control-character"],
      ["future", "reader/future-published-at"],
      ["empty", "reader/empty"],
    ]);
  });
});
