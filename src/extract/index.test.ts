import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticles, formatSummary, readInputs } from "./index.js";

const stories = join(import.meta.dirname, "../../tests/fixtures/articles/stories");

describe("extractArticles on hand-written articles", async () => {
  const { articles } = await readInputs([stories]);
  const doc = extractArticles(articles);
  const article = (name: string) => doc.articles.find((a) => a.source.includes(name));
  const actorsOf = (name: string): string[] =>
    doc.actors.filter((x) => x.articles.includes(article(name)?.id ?? "")).map((x) => x.name);

  it("finds the people, countries and organisations, never boilerplate names", () => {
    expect(actorsOf("senegal")).toEqual(
      expect.arrayContaining(["Bassirou Diomaye Faye", "Macky Sall", "Ousmane Sonko", "Senegal", "Nigeria"]),
    );
    expect(actorsOf("senegal")).not.toContain("Amadou Diallo");
    expect(actorsOf("eu-ukraine")).toEqual(
      expect.arrayContaining(["Ursula von der Leyen", "Volodymyr Zelenskyy"]),
    );
    expect(actorsOf("eu-ukraine").join(" ")).not.toMatch(/Jane Example|John Sample/);
    expect(actorsOf("amazon").join(" ")).not.toMatch(/Ueslei|Marcelino/);
  });
  it("dates from the text: header line, front matter, JSON", () => {
    expect(article("senegal")?.publishedAt).toBe("2024-04-02");
    expect(article("eu-ukraine")?.publishedAt).toBe("2024-03-14");
    expect(article("amazon")?.publishedAt).toBe("2023-08-09");
  });
  it("extracts quotes with speakers and the call with its day", () => {
    const names = new Map(doc.actors.map((a) => [a.id, a.name]));
    const stano = doc.quotes.find((q) => q.text.startsWith("The European Union stands"));
    expect(names.get(stano?.speaker ?? "")).toBe("Peter Stano");
    expect(stano?.date).toBe("2024-03-13");
    const call = doc.events.find(
      (e) => e.type === "call" && e.articles.includes(article("eu-ukraine")?.id ?? ""),
    );
    expect(call?.date).toBe("2024-03-12");
    expect(call?.participants.map((p) => names.get(p)).sort()).toEqual([
      "Ursula von der Leyen",
      "Volodymyr Zelenskyy",
    ]);
    expect(doc.quotes.every((q) => q.text.split(" ").length > 4)).toBe(true);
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
