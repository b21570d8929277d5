import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { findSearchProblems, searchPhraseProblem } from "./search-guard.js";

describe("searchPhraseProblem", () => {
  it("accepts words, prefixes, phrases and boolean queries", () => {
    for (const phrase of ["Kirby", "Kir*", '"tactical pauses"', "Biden AND Netanyahu", "fuzzy~2"]) {
      expect(searchPhraseProblem(phrase)).toBeNull();
    }
  });
  it("names where a syntax error is", () => {
    expect(searchPhraseProblem("a]b[")).toMatch(/not valid Lucene syntax \(unexpected "\]" at character 2\)/);
    expect(searchPhraseProblem("AND OR (")).toMatch(/not valid Lucene syntax/);
  });
  it("refuses whole-index scans and empty or oversized phrases", () => {
    expect(searchPhraseProblem("*rby")).toMatch(/starts with a wildcard/);
    expect(searchPhraseProblem("/kir.*/")).toMatch(/regular expressions/);
    expect(searchPhraseProblem("  ")).toMatch(/empty/);
    expect(searchPhraseProblem("a".repeat(501))).toMatch(/longer than 500/);
  });
  it("reads phrases given inline and as variables, and only on the search fields", () => {
    const document = parse(
      '{ a: searchQuotes(phrase: "*x") { edges { node { id } } } b: searchActors(phrase: $p) { edges { node { id } } } }',
    );
    expect(findSearchProblems(document, { p: "~~~" })).toHaveLength(2);
    expect(findSearchProblems(parse('{ timeline(actor: "*x") { id } }'), {})).toEqual([]);
  });
});
