import { describe, expect, it } from "vitest";
import { NODE_LABELS, schemaStatements, SEARCH_INDEX } from "./schema.js";

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
      `FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Actor|Place|Quote|Event) ON EACH [n.name, n.aliases, n.text, n.summary]`,
    );
  });

  it("is idempotent: every statement creates only if missing", () => {
    for (const statement of statements) expect(statement).toContain("IF NOT EXISTS");
  });
});
