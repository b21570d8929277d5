import { describe, expect, it } from "vitest";
import { FIXTURE_EVENTS } from "../testing/rows-fixture.js";
import { buildTimeline, timelineDate, writeTimelineJson, type TimelineJson } from "./timeline.js";

/** TimelineJS3's JSON format: what its loader requires of a document and of each slide. */
function expectTimelineJsShape(document: unknown): asserts document is TimelineJson {
  expect(document).toEqual(expect.objectContaining({ events: expect.any(Array) as unknown }));
  const { title, events } = document as TimelineJson;
  expect(typeof title.text.headline).toBe("string");
  for (const slide of events) {
    expect(slide.start_date, `slide ${slide.unique_id ?? "?"}`).toBeDefined();
    const date = slide.start_date;
    expect(Number.isInteger(date?.year)).toBe(true);
    if (date?.month !== undefined) expect(date.month).toBeGreaterThanOrEqual(1);
    if (date?.day !== undefined) expect(date.month).toBeDefined();
    expect(typeof slide.text.headline).toBe("string");
    expect(typeof slide.text.text).toBe("string");
  }
  const ids = events.map((slide) => slide.unique_id);
  expect(new Set(ids).size).toBe(ids.length);
}

describe("timelineDate", () => {
  it("keeps the precision the text gave", () => {
    expect(timelineDate("2023-11-06", "day")).toEqual({ year: 2023, month: 11, day: 6 });
    expect(timelineDate("2023-11-01", "month")).toEqual({ year: 2023, month: 11 });
    expect(timelineDate("2023-01-01", "year")).toEqual({ year: 2023 });
    expect(timelineDate(null, null)).toBeNull();
  });
});

describe("writeTimelineJson", () => {
  const timeline = JSON.parse(writeTimelineJson(FIXTURE_EVENTS)) as unknown;

  it("is a TimelineJS3 document with a slide per dated event", () => {
    expectTimelineJsShape(timeline);
    expect(timeline.events.map((slide) => slide.unique_id)).toEqual([
      "e-call-1106",
      "e-statement-1107",
      "e-call-1109",
    ]);
    expect(timeline.events[2]?.start_date).toEqual({ year: 2023, month: 11 });
  });

  it("puts quotes in the text and sources as links, escaped, web links only", () => {
    expectTimelineJsShape(timeline);
    const statement = timeline.events.find((slide) => slide.unique_id === "e-statement-1107");
    expect(statement?.text.text).toContain(
      "<blockquote>“We&#39;re talking about pauses &amp; &lt;windows&gt;” (John Kirby)</blockquote>",
    );
    const call = timeline.events.find((slide) => slide.unique_id === "e-call-1106");
    expect(call?.text.text).toContain('<a href="https://example.com/a1">Reuters: Biden, Netanyahu talk</a>');
    expect(call?.text.text).not.toContain("javascript:");
    expect(call?.text.text).toContain("&lt;in Gaza&gt;");
    expect(call?.text.headline).toBe("call: Joe Biden, Benjamin Netanyahu");
  });

  it("lists undated events on the title slide, never on a made-up date", () => {
    expectTimelineJsShape(timeline);
    expect(timeline.events.some((slide) => slide.unique_id === "e-undated")).toBe(false);
    expect(timeline.title.text.text).toContain("1 undated event(s)");
    expect(timeline.title.text.text).toContain("Biden met Kirby");
    expect(timeline.title.text.text).not.toMatch(/<li>[^<]*: [^<]*: /);
  });

  it("is still a document when nothing is dated", () => {
    const onlyUndated = buildTimeline(FIXTURE_EVENTS.filter((event) => event.date === null));
    expectTimelineJsShape(onlyUndated);
    expect(onlyUndated.events).toEqual([]);
  });
});
