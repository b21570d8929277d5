import { describe, expect, it } from "vitest";
import { figure, shortfalls } from "./floors.js";

describe("quality floors", () => {
  const floors = { atLeast: { entityF1: 0.9, cross: 2 }, atMost: { eventDateWrong: 1 } };
  it("holds a set that meets every floor and ceiling", () => {
    expect(shortfalls({ entityF1: 0.93, cross: "2/3", eventDateWrong: 1 }, floors)).toEqual([]);
  });
  it("names each figure below its floor or above its ceiling", () => {
    expect(shortfalls({ entityF1: 0.85, cross: "1/3", eventDateWrong: 2 }, floors)).toEqual([
      "entityF1=0.85 is below its floor 0.9",
      "cross=1/3 is below its floor 2",
      "eventDateWrong=2 is above its ceiling 1",
    ]);
  });
  it("counts a missing figure as falling short, never as a free pass", () => {
    expect(shortfalls({ cross: "2/2", eventDateWrong: 0 }, floors)).toEqual([
      "entityF1=undefined is below its floor 0.9",
    ]);
    expect(figure({ eventR: null }, "eventR")).toBeNull();
  });
});
