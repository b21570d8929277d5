import { describe, expect, it } from "vitest";
import type { ArticleDate, Sentence } from "./model.js";
import { findTimeExpressions } from "./temporal.js";

const day = (value: string): ArticleDate => ({ value, precision: "day", basis: "stated" });

function times(text: string, published: ArticleDate | null): [string, string | null][] {
  const sentence: Sentence = { index: 0, start: 0, end: text.length, text, blockIndex: 0, kind: "body" };
  return findTimeExpressions(text, [sentence], [], published).map((t) => [t.text.trim(), t.value]);
}

describe("findTimeExpressions", () => {
  it("resolves weekdays to the most recent such day on or before publication", () => {
    expect(times("They spoke on Monday and met again Friday.", day("2023-11-08"))).toEqual([
      ["on Monday", "2023-11-06"],
      ["Friday", "2023-11-03"],
    ]);
  });
  it("gives month-day without year the most recent year, and keeps stated dates", () => {
    expect(times("The attack on October 7 and the deal of 12 March 2021.", day("2023-11-08"))).toEqual([
      ["October 7", "2023-10-07"],
      ["12 March 2021", "2021-03-12"],
    ]);
  });
  it("resolves yesterday, last month, New Year's Day and months", () => {
    expect(
      times("Yesterday's vote followed New Year's Day protests and a strike in October.", day("2024-01-05")),
    ).toEqual([
      ["Yesterday", "2024-01-04"],
      ["New Year's Day", "2024-01-01"],
      ["October", "2023-10"],
    ]);
  });
  it("leaves relative dates unresolved in an undated article, keeping the weekday", () => {
    const text = "The talks on Sunday followed the truce in November.";
    const sentence: Sentence = { index: 0, start: 0, end: text.length, text, blockIndex: 0, kind: "body" };
    const found = findTimeExpressions(text, [sentence], [], null);
    expect(found.map((t) => t.value)).toEqual([null, null]);
    expect(found[0]?.weekday).toBe(0);
  });
  it("ignores durations, future and event-relative spans", () => {
    expect(
      times(
        "Aid fell in the past 24 hours; talks resume in eight days, ten days after the vote.",
        day("2024-01-05"),
      ),
    ).toEqual([]);
  });
  it("marks 'hours later' as the day of the previous event", () => {
    const text = "Hours later, the army withdrew.";
    const sentence: Sentence = { index: 0, start: 0, end: text.length, text, blockIndex: 0, kind: "body" };
    expect(findTimeExpressions(text, [sentence], [], null)[0]?.sameDayAsPrevious).toBe(true);
  });
  it("dates 'last week' and 'at the weekend' to the month that holds them, or leaves them undated", () => {
    // Wednesday 15 May 2024: last week is 6-12 May, the weekend 11-12 May.
    expect(times("Talks collapsed last week and resumed at the weekend.", day("2024-05-15"))).toEqual([
      ["last week", "2024-05"],
      ["at the weekend", "2024-05"],
    ]);
    // Friday 3 May 2024: last week is 22-28 April; the weekend just past, 27-28 April.
    expect(times("Talks collapsed last week and resumed at the weekend.", day("2024-05-03"))).toEqual([
      ["last week", "2024-04"],
      ["at the weekend", "2024-04"],
    ]);
    // Tuesday 2 July 2024: last week is 24-30 June; the weekend 29-30 June.
    expect(times("It happened last week.", day("2024-07-02"))).toEqual([["last week", "2024-06"]]);
    // Wednesday 5 June 2024: last week is 27 May - 2 June, across two months: no date.
    expect(times("It happened last week.", day("2024-06-05"))).toEqual([["last week", null]]);
  });
  it("leaves a weekday of what will happen undated rather than read it backwards", () => {
    expect(times("The minister will travel to Mumbai on Friday.", day("2024-09-26"))).toEqual([]);
    expect(times("The minister travelled to Mumbai on Friday.", day("2024-09-26"))).toEqual([
      ["on Friday", "2024-09-20"],
    ]);
  });
  it("keeps week expressions unresolved in an undated article", () => {
    expect(times("Talks collapsed last week and resumed at the weekend.", null)).toEqual([
      ["last week", null],
      ["at the weekend", null],
    ]);
  });
  it("dates 'this morning' and 'tonight' to the day of publication, and nothing in an undated article", () => {
    expect(times("He told the radio this morning he was tired.", day("2024-10-22"))).toEqual([
      ["this morning", "2024-10-22"],
    ]);
    expect(times("He told the radio this morning he was tired.", null)).toEqual([]);
  });
  it("reads 'in March last year' as March of the year before", () => {
    expect(
      times("He was detained in March last year and sentenced on January 18.", day("2024-10-14")),
    ).toEqual([
      ["March", "2023-03"],
      ["January 18", "2024-01-18"],
    ]);
  });
  it("never takes the month of 'earlier this month' from nowhere in an undated article", () => {
    expect(times("She was freed earlier this month after talks.", null)).toEqual([]);
    expect(times("She was freed earlier this month after talks.", day("2024-10-22"))).toEqual([
      ["this month", "2024-10"],
    ]);
  });
});
