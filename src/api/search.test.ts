import { describe, expect, it } from "vitest";
import { highlight, toLuceneQuery } from "./search.js";

describe("toLuceneQuery", () => {
  it("keeps words and quoted phrases, lower-cased, and drops Lucene's syntax", () => {
    expect(toLuceneQuery('Hostage "Tactical Pauses" AND title:x* (OR) -y~')).toBe(
      '"tactical pauses" hostage and title x or y',
    );
    expect(toLuceneQuery("Biden's")).toBe("bidens");
    expect(toLuceneQuery(" *?! ")).toBe("");
  });
});

describe("highlight", () => {
  it("marks every word with the phrase's stem, escaped for HTML", () => {
    expect(highlight("Talks on <hostage> releases; hostages freed", "hostage release")).toBe(
      "Talks on &#60;<mark>hostage</mark>&#62; <mark>releases</mark>; <mark>hostages</mark> freed",
    );
  });

  it("cuts a long text around the first match", () => {
    const text = `${"word ".repeat(100)}the pause came ${"more ".repeat(100)}`;
    const snippet = highlight(text, "pauses");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("the <mark>pause</mark> came");
    expect(snippet.length).toBeLessThan(300);
  });
});
