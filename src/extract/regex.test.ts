import { describe, expect, it } from "vitest";
import { execAll } from "./regex.js";

const sameAsMatchAll = (re: RegExp, text: string): void => {
  const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  expect(execAll(re, text).map((m) => [m.index, ...m])).toEqual(expected);
};

describe("execAll", () => {
  it("finds what matchAll finds, with groups and offsets", () => {
    sameAsMatchAll(/\b(met|visited)\b/gi, "They met on Monday and visited Gaza; MET again.");
  });
  it("steps over empty matches, by code point in Unicode mode", () => {
    sameAsMatchAll(/x*/g, "axbxx");
    sameAsMatchAll(/\p{L}*/gu, "a😀b");
  });
  it("starts from the beginning whatever the expression's lastIndex", () => {
    const re = /a/g;
    re.lastIndex = 3;
    expect(execAll(re, "aaaa")).toHaveLength(4);
    expect(re.lastIndex).toBe(0);
  });
  it("finds nothing in a text without a match", () => {
    expect(execAll(/z/g, "abc")).toEqual([]);
  });
  it("refuses an expression without the global flag", () => {
    expect(() => execAll(/a/, "a")).toThrow(/global/);
  });
});
