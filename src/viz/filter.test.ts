import { describe, expect, it } from "vitest";
import { filterFromSearchParams, parseVizFilter, resolveRangeBound, VizFilterError } from "./filter.js";

describe("resolveRangeBound", () => {
  it("widens a month or year to its first or last day", () => {
    expect(resolveRangeBound("2023-11", "from")).toBe("2023-11-01");
    expect(resolveRangeBound("2023-11", "to")).toBe("2023-11-30");
    expect(resolveRangeBound("2024-02", "to")).toBe("2024-02-29");
    expect(resolveRangeBound("2023", "from")).toBe("2023-01-01");
    expect(resolveRangeBound("2023", "to")).toBe("2023-12-31");
    expect(resolveRangeBound("2023-11-06", "to")).toBe("2023-11-06");
  });

  it("rejects what is not a date, naming the option", () => {
    expect(() => resolveRangeBound("last week", "from")).toThrow(/--from "last week"/);
    expect(() => resolveRangeBound("2023-13", "to")).toThrow(/no such month/);
    expect(() => resolveRangeBound("2023-02-30", "to")).toThrow(/no such day/);
  });
});

describe("parseVizFilter", () => {
  it("trims, drops empty and repeated values", () => {
    expect(parseVizFilter({ actors: [" Joe Biden ", "", "Joe Biden"], cameo: ["04"] })).toEqual({
      actors: ["Joe Biden"],
      places: [],
      cameo: ["04"],
      from: null,
      to: null,
    });
  });

  it("rejects a bad CAMEO code and a reversed range", () => {
    expect(() => parseVizFilter({ cameo: ["4a"] })).toThrow(VizFilterError);
    expect(() => parseVizFilter({ from: "2023-12", to: "2023-11" })).toThrow(/after --to/);
  });

  it("reads repeated URL parameters", () => {
    const filter = filterFromSearchParams(
      new URLSearchParams("actor=a&actor=b&place=Gaza&from=2023-11&to=2023-11"),
    );
    expect(filter).toMatchObject({
      actors: ["a", "b"],
      places: ["Gaza"],
      from: "2023-11-01",
      to: "2023-11-30",
    });
  });
});
