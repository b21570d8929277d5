import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkExtractionDocument, DocumentError, isIsoDate, parseExtractionDocument } from "./document.js";

const FIXTURES = join(import.meta.dirname, "../../tests/fixtures/documents");

describe("isIsoDate", () => {
  it("accepts real days, months and years at their precision", () => {
    expect(isIsoDate("2024-02-29", "day")).toBe(true);
    expect(isIsoDate("2023-11", "month")).toBe(true);
    expect(isIsoDate("2023", "year")).toBe(true);
  });
  it("rejects impossible dates and a shape that does not match the precision", () => {
    expect(isIsoDate("2023-02-29", "day")).toBe(false);
    expect(isIsoDate("2023-13", "month")).toBe(false);
    expect(isIsoDate("2023-11", "day")).toBe(false);
    expect(isIsoDate("6 Nov 2023", "day")).toBe(false);
  });
});

describe("parseExtractionDocument", () => {
  it("reads a well-formed document without problems", () => {
    const file = join(FIXTURES, "call-day-one.json");
    const { document, problems } = parseExtractionDocument(readFileSync(file, "utf8"), file);
    expect(problems).toEqual([]);
    expect(document.articles).toHaveLength(2);
    expect(document.quotes[0]?.evidence.span).toEqual({ start: 100, end: 191 });
  });

  it("names the file and the reason when the text is not JSON", () => {
    expect(() => parseExtractionDocument('{"version": 1, "articles": [', "out.json")).toThrow(
      new DocumentError("out.json", "not valid JSON (Unexpected end of JSON input)"),
    );
  });

  it("refuses what is not an extraction document", () => {
    expect(() => checkExtractionDocument([], "a.json")).toThrow(/a\.json: not an extraction document/);
    expect(() => checkExtractionDocument({ version: 2, articles: [] }, "a.json")).toThrow(
      /unsupported .* version 2/,
    );
    expect(() => checkExtractionDocument({ version: 1 }, "a.json")).toThrow(/no "articles"/);
    expect(() => checkExtractionDocument({ version: 1, articles: [], events: {} }, "a.json")).toThrow(
      /"events" must be an array/,
    );
  });

  it("drops a malformed record and names the articles it belongs to", () => {
    const { document, problems } = checkExtractionDocument(
      {
        version: 1,
        articles: [{ id: "a1", source: "a1.txt", contentHash: "h" }, { source: "nameless.txt" }],
        actors: [{ id: "x", name: "X", kind: "alien", articles: ["a1"] }],
        places: [{ id: "p", name: "P", kind: "city", latitude: 123, articles: ["a1", "a2"] }],
        events: [],
        quotes: [
          {
            id: "q",
            text: "t",
            article: "a2",
            evidence: { article: "a2", sentence: -1, span: { start: 0, end: 1 }, text: "t" },
          },
        ],
      },
      "doc.json",
    );
    expect(document.articles.map((a) => a.id)).toEqual(["a1"]);
    expect(document.actors).toEqual([]);
    expect(problems).toEqual([
      { path: "articles[1].id", reason: "must be a string", articles: [] },
      {
        path: "actors[0].kind",
        reason: "must be one of person, organization, country, group",
        articles: ["a1"],
      },
      { path: "places[0].latitude", reason: "must be a number from -90 to 90", articles: ["a1", "a2"] },
      { path: "quotes[0].evidence.sentence", reason: "must be a non-negative integer", articles: ["a2"] },
    ]);
  });

  it("requires a date's precision and basis, and a real date", () => {
    const event = (fields: Record<string, unknown>) =>
      checkExtractionDocument(
        {
          version: 1,
          articles: [],
          events: [{ id: "e", type: "call", summary: "", confidence: 0.5, articles: ["a"], ...fields }],
        },
        "d.json",
      ).problems.map((p) => `${p.path} ${p.reason}`);
    expect(event({ date: null })).toEqual([]);
    expect(event({ date: "2023-11", datePrecision: "month", dateBasis: "stated" })).toEqual([]);
    expect(event({ date: "2023-11-06" })).toEqual([
      "events[0].datePrecision must be one of day, month, year",
    ]);
    expect(event({ date: "2023-11-31", datePrecision: "day", dateBasis: "stated" })).toEqual([
      'events[0].date "2023-11-31" is not a real date of day precision',
    ]);
    expect(event({ cameo: "talks" })).toEqual(['events[0].cameo "talks" is not a CAMEO code']);
    expect(event({ confidence: 2 })).toEqual(["events[0].confidence must be a number from 0 to 1"]);
  });
});
