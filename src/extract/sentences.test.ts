import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { findQuoteSpans } from "./quote-spans.js";
import { splitSentences } from "./sentences.js";

function split(text: string): string[] {
  const blocks = cleanArticle(text);
  const quotes = blocks.flatMap((b) => findQuoteSpans(text, b.start, b.end));
  return splitSentences(text, blocks, quotes).map((s) => s.text);
}

describe("splitSentences", () => {
  it("does not split after abbreviations, initials or dotted acronyms", () => {
    expect(
      split(
        "U.S. Secretary of State Antony J. Blinken met Gen. Ruiz in Bogotá on Monday. They spoke for an hour.",
      ),
    ).toEqual([
      "U.S. Secretary of State Antony J. Blinken met Gen. Ruiz in Bogotá on Monday.",
      "They spoke for an hour.",
    ]);
  });
  it("never splits inside a quotation", () => {
    expect(
      split('She said: "We are ready. We will sign tomorrow." The talks ended late on Friday night.'),
    ).toEqual(['She said: "We are ready. We will sign tomorrow."', "The talks ended late on Friday night."]);
  });
  it("keeps offsets into the original text", () => {
    const text =
      "Intro line\n\nThe minister resigned on Monday after weeks of protests. A successor was named.";
    const blocks = cleanArticle(text);
    for (const s of splitSentences(text, blocks, [])) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("skips boilerplate blocks", () => {
    expect(
      split("Leave a Reply\nThe minister resigned on Monday after weeks of protests in the capital city."),
    ).toEqual(["The minister resigned on Monday after weeks of protests in the capital city."]);
  });
});
