import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { findPaginationProblems } from "./guard-rails.js";

describe("findPaginationProblems", () => {
  it("accepts pages up to the maximum, literal or from variables", () => {
    const document = parse(`query($n: Int) { timeline(first: 100) { id } events(limit: $n) { id } }`);
    expect(findPaginationProblems(document, { n: 20 }, 100)).toEqual([]);
  });

  it("names the field and the limit when a page is too large", () => {
    const document = parse(`query($n: Int) { eventsConnection(first: $n) { totalCount } }`);
    expect(findPaginationProblems(document, { n: 5000 }, 100)).toEqual([
      "eventsConnection(first: 5000) exceeds the maximum page size of 100.",
    ]);
  });

  it("checks nested relationship pages too", () => {
    const document = parse(`{ actors { events(limit: 101) { id } } }`);
    expect(findPaginationProblems(document, {}, 100)).toHaveLength(1);
  });

  it("rejects negative page sizes", () => {
    expect(findPaginationProblems(parse(`{ timeline(first: -1) { id } }`), {}, 100)).toEqual([
      "timeline(first: -1) must not be negative.",
    ]);
  });

  it("rejects a timeline cursor the API did not produce, but not relay cursors elsewhere", () => {
    const document = parse(
      `{ timeline(after: "garbage") { id } eventsConnection(after: "YXJyYXljb25uZWN0aW9uOjE=") { totalCount } }`,
    );
    const problems = findPaginationProblems(document, {}, 100);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('timeline(after: "garbage") is not a timeline cursor');
  });

  it("accepts a well-formed timeline cursor", () => {
    const document = parse(`query($c: String) { timeline(after: $c) { id } }`);
    expect(findPaginationProblems(document, { c: "2023-11-06|evt-1" }, 100)).toEqual([]);
  });
});
