import { describe, expect, it } from "vitest";
import { EVIDENCE_INDEX, NODE_LABELS, schemaStatements, SEARCH_INDEX } from "./schema.js";

describe("schemaStatements", () => {
  const statements = schemaStatements();

  it("makes id unique for every label", () => {
    for (const label of NODE_LABELS) {
      expect(statements).toContain(
        `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      );
    }
  });

  it("indexes the timeline and name lookups, place locations and the search text", () => {
    const text = statements.join("\n");
    for (const property of ["n.date", "n.cameoRoot", "n.name", "n.publishedAt"])
      expect(text).toContain(`ON (${property})`);
    expect(text).toContain("POINT INDEX place_location");
    expect(text).toContain(
      `FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Actor|Place|Quote|Event|Article) ON EACH [n.name, n.aliases, n.text, n.summary, n.title]`,
    );
    expect(text).toContain(
      `FULLTEXT INDEX ${EVIDENCE_INDEX} IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON EACH [r.text]`,
    );
  });

  it("gives the full-text indexes the English analyzer, which stems", () => {
    const fullText = statements.filter((statement) => statement.includes("FULLTEXT"));
    expect(fullText).toHaveLength(2);
    for (const statement of fullText) expect(statement).toContain("`fulltext.analyzer`: 'english'");
  });

  it("is idempotent: every statement creates only if missing", () => {
    for (const statement of statements) expect(statement).toContain("IF NOT EXISTS");
  });
});
