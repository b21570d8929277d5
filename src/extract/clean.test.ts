import { describe, expect, it } from "vitest";
import { cleanArticle, isDateLine } from "./clean.js";

const kinds = (text: string): [string, string][] =>
  cleanArticle(text).map((b) => [text.slice(b.start, b.end), b.rule ?? b.kind]);

const paragraph =
  "The two presidents met in Nairobi on Friday and agreed to reopen the border crossing, officials said.";

describe("cleanArticle", () => {
  it("drops comment prompts, related lines, credits and notices, keeping offsets", () => {
    const text = [
      "Border to reopen",
      "",
      paragraph,
      "Photo credit: Jane Doe / Example Images",
      "(Reporting by Ann Smith; Editing by Bob Jones)",
      "Related articles",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "© 2024 Example Media. All rights reserved.",
      "Amina Yusuf is a senior correspondent covering East Africa.",
    ].join("\n");
    const out = kinds(text);
    expect(out[0]).toEqual(["Border to reopen", "title"]);
    expect(out[1]).toEqual([paragraph, "body"]);
    expect(out.slice(2).map(([, rule]) => rule)).toEqual([
      "clean/photo-credit",
      "clean/reporter-credit",
      "clean/related",
      "clean/comments",
      "clean/comments",
      "clean/copyright",
      "clean/author-bio",
    ]);
  });
  it("cuts a reporter credit closing a paragraph", () => {
    const text = `${paragraph} (Reporting by Ann Smith; Editing by Bob Jones)`;
    const blocks = cleanArticle(text);
    expect(blocks.map((b) => b.kind)).toEqual(["body", "boilerplate"]);
    expect(text.slice(blocks[0]?.start, blocks[0]?.end)).toBe(paragraph);
  });
  it("marks short header lines before the story as meta", () => {
    const out = kinds(`Headline\nExample Media Group\nPolitics\n06/11/2023 21h23\n\n${paragraph}`);
    expect(out.map(([, r]) => r)).toEqual([
      "title",
      "clean/header",
      "clean/header",
      "clean/date-line",
      "body",
    ]);
  });
  it("keeps ordinary story lines that merely mention credits or rights", () => {
    const text = `${paragraph}\nBy Tuesday evening, the human rights group had published its report on the crossing.`;
    expect(kinds(text).map(([, r]) => r)).toEqual(["body", "body"]);
  });
  it("recognises date lines but not sentences with dates", () => {
    expect(isDateLine("6:36 AM EST, November 8, 2023")).toBe(true);
    expect(isDateLine("Published: 12/03/2024")).toBe(true);
    expect(isDateLine(paragraph)).toBe(false);
  });
});
