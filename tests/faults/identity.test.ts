import { describe, expect, it } from "vitest";
import { extractArticles } from "../../src/extract/index.js";
import { planArticleUnits } from "../../src/graph/article-units.js";
import { checkExtractionDocument } from "../../src/graph/index.js";
import { demoText, inputArticle, syndicatedCopies, syndicatedDemo } from "./articles.js";

describe("syndicated copies", () => {
  const copies = syndicatedCopies();
  const doc = extractArticles(copies);

  it("give one record per event id, each reported by every copy that tells it", () => {
    const ids = doc.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const everyCopy = doc.events.filter((e) => e.articles.length === copies.length);
    expect(everyCopy.length).toBeGreaterThanOrEqual(3);
  });

  it("all load: the import plan fails none of them", () => {
    const all = syndicatedDemo();
    const plan = planArticleUnits(checkExtractionDocument(extractArticles(all), "copies"), "copies");
    expect(plan.failures).toEqual([]);
    expect(plan.units).toHaveLength(all.length);
  });

  it("join an undated event by its reporting sentence", () => {
    const undated = "Officials said talks between the leaders of Kenya and Uganda would continue.";
    const twins = extractArticles([
      inputArticle({ source: "a.txt", url: "https://a.example/1", text: undated }),
      inputArticle({ source: "b.txt", url: "https://b.example/1", text: undated }),
    ]);
    const ids = twins.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(twins.events.every((e) => e.articles.length === 2)).toBe(true);
  });
});

describe("article identity", () => {
  const text = demoText();
  const idOf = (fields: Parameters<typeof inputArticle>[0]) =>
    extractArticles([inputArticle(fields)]).articles[0]?.id;

  it("is the input's id before its url, and the url before its source", () => {
    const byId = idOf({ text, externalId: "story-1", url: "https://a.example/1", source: "a.jsonl#story-1" });
    expect(byId).toBe(idOf({ text: `${text}\nUpdate.`, externalId: "story-1", source: "b.jsonl#story-1" }));
    const byUrl = idOf({ text, url: "https://a.example/1", source: "a.txt" });
    expect(byUrl).toBe(idOf({ text: `${text}\nUpdate.`, url: "https://a.example/1", source: "b.txt" }));
    expect(byUrl).not.toBe(byId);
  });

  it("is the source path without id or url, whatever the text", () => {
    expect(idOf({ text, source: "news/a.txt" })).toBe(
      idOf({ text: `${text}\nUpdate.`, source: "news/a.txt" }),
    );
    expect(idOf({ text, source: "news/a.txt" })).not.toBe(idOf({ text, source: "news/b.txt" }));
  });

  it("keeps the last of two records with one id, with a warning naming both lines", () => {
    const doc = extractArticles([
      inputArticle({ text, externalId: "x", source: "feed.jsonl#x", line: 2 }),
      inputArticle({ text: `${text}\nCorrection.`, externalId: "x", source: "feed.jsonl#x", line: 5 }),
    ]);
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]?.text).toMatch(/Correction\.$/);
    const warning = doc.diagnostics.find((d) => d.rule === "extract/duplicate-article");
    expect(warning?.severity).toBe("warning");
    expect(warning?.reason).toMatch(/id "x".*feed\.jsonl line 2.*feed\.jsonl line 5.*later is kept/);
  });
});
