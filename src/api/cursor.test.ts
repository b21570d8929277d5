import { describe, expect, it } from "vitest";
import { decodeTimelineCursor, encodeTimelineCursor } from "./cursor.js";

describe("timeline cursors", () => {
  it("round-trips a dated and an undated position", () => {
    for (const position of [
      { id: "evt-1", date: "2023-11-06" },
      { id: "evt|with|bars", date: null },
    ]) {
      expect(decodeTimelineCursor(encodeTimelineCursor(position))).toEqual(position);
    }
  });

  it("puts the date first so that the text sorts like the timeline", () => {
    expect(encodeTimelineCursor({ id: "b", date: "2023-11-06" })).toBe("2023-11-06|b");
  });

  it("rejects cursors it did not produce", () => {
    expect(decodeTimelineCursor("YXJyYXljb25uZWN0aW9uOjE=")).toBeNull();
    expect(decodeTimelineCursor("2023-11|evt-1")).toBeNull();
    expect(decodeTimelineCursor("2023-11-06|")).toBeNull();
  });
});
