import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { findDateline, findPublicationDate } from "./publication-date.js";

const dateOf = (text: string): string | null =>
  findPublicationDate(text, cleanArticle(text))?.date.value ?? null;
const story =
  "The foreign ministers met for three hours and agreed to resume the talks next month in the capital, officials said.";

describe("findPublicationDate", () => {
  it("reads a day-first numeric header line", () => {
    expect(dateOf(`Ministers meet in Nairobi\nThe Daily Record\n06/11/2023 21h23\n\n${story}`)).toBe(
      "2023-11-06",
    );
  });
  it("prefers the month-first reading when the dateline confirms it", () => {
    expect(dateOf(`Headline here\n11/06/2023\n\nNAIROBI, Nov 6 (Reuters) - ${story}`)).toBe("2023-11-06");
  });
  it("reads a time-and-date header line", () => {
    expect(dateOf(`Headline\n\n6:36 AM EST, November 8, 2023\n\n${story}`)).toBe("2023-11-08");
  });
  it("reads a dateline with its year", () => {
    expect(dateOf(`KYIV, Ukraine, March 3, 2024 (AP) — ${story}`)).toBe("2024-03-03");
  });
  it("leaves an article undated when a dateline has no year", () => {
    expect(dateOf(`LONDON, April 29. /TASS/. ${story}`)).toBeNull();
  });
  it("does not take a date in the story for the publication date", () => {
    expect(
      dateOf(`${story} The attack on October 7, 2023 killed 1,200 people in southern areas, the army said.`),
    ).toBeNull();
  });
});

describe("findDateline", () => {
  const datelineOf = (text: string): string | null => {
    const span = findDateline(text, cleanArticle(text));
    return span ? text.slice(span.start, span.end) : null;
  };
  it("spans the place and date opening the story", () => {
    expect(datelineOf(`Headline here\n\nNAIROBI, Nov 6 (Reuters) - ${story}`)).toBe("NAIROBI, Nov 6 (");
  });
  it("finds none in a story that opens without one", () => {
    expect(datelineOf(`Headline here\n\n${story}`)).toBeNull();
  });
});
