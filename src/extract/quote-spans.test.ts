import { describe, expect, it } from "vitest";
import { findQuoteSpans, insideQuote } from "./quote-spans.js";

const inner = (text: string): string[] =>
  findQuoteSpans(text, 0, text.length).map((q) => text.slice(q.innerStart, q.innerEnd));

describe("findQuoteSpans", () => {
  it("finds typographic, straight, low-high and guillemet quotes", () => {
    expect(inner('“One,” he said. "Two." „Drei“ and «quatre».')).toEqual(["One,", "Two.", "Drei", "quatre"]);
  });
  it("runs an unclosed quote to the end of the paragraph", () => {
    expect(inner("He said: “We will continue")).toEqual(["We will continue"]);
  });
  it("ignores apostrophes", () => {
    expect(inner("The minister’s plan wasn’t ready.")).toEqual([]);
  });
  it("finds the single quotes of British style, not apostrophes or plural possessives", () => {
    expect(inner("‘We will not back down,’ she said. 'Never,' he replied.")).toEqual([
      "We will not back down,",
      "Never,",
    ]);
    expect(inner("‘The ministers’ plan is sound,’ she said.")).toEqual(["The ministers’ plan is sound,"]);
    expect(
      inner("The ’90s were different; rock ’n’ roll isn’t dead, and the teachers’ union agrees."),
    ).toEqual([]);
    expect(inner("Nobody said 'it's over' then.")).toEqual(["it's over"]);
  });
  it("tells whether a position is inside a quote", () => {
    const spans = findQuoteSpans('a "b" c', 0, 7);
    expect(insideQuote(spans, 3)).toBeDefined();
    expect(insideQuote(spans, 6)).toBeUndefined();
  });
});
