import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticles, formatSummary, readInputs } from "./index.js";

const stories = join(import.meta.dirname, "../../tests/fixtures/articles/stories");

// What the articles contain is scored on the annotated corpus (tests/quality); here, what holds
// for any extraction: dates read from each input form, offsets that point at the evidence.
describe("extractArticles on hand-written articles", async () => {
  const { articles } = await readInputs([stories]);
  const doc = extractArticles(articles);
  const article = (name: string) => doc.articles.find((a) => a.source.includes(name));

  it("dates from the text: header line, front matter, JSON", () => {
    expect(article("senegal")?.publishedAt).toBe("2024-04-02");
    expect(article("eu-ukraine")?.publishedAt).toBe("2024-03-14");
    expect(article("amazon")?.publishedAt).toBe("2023-08-09");
  });
  it("keeps evidence offsets into the article text", () => {
    for (const q of doc.quotes) {
      const text = doc.articles.find((a) => a.id === q.article)?.text ?? "";
      expect(text.slice(q.evidence.span.start, q.evidence.span.end)).toBe(q.text);
    }
  });
  it("prints a readable summary", () => {
    expect(formatSummary(doc)).toMatch(/published: 2024-04-02/);
  });
});
