import { describe, expect, it } from "vitest";
import { gazetteer } from "./gazetteer.js";
import { tokenize } from "./tokens.js";

const lookup = (text: string): string | null => {
  const m = gazetteer().match(tokenize(text), 0);
  return m ? `${m.entry.type}/${String(m.length)}` : null;
};

describe("gazetteer", () => {
  it("knows countries with their everyday names and ISO codes", () => {
    expect(lookup("Türkiye")).toBe("country/1");
    expect(lookup("U.S. officials")).toBe("country/1");
    expect(gazetteer().countriesByCode.get("JP")?.name).toBe("Japan");
  });
  it("knows cities above the population threshold, regions and organisations", () => {
    expect(lookup("Kharkiv")).toBe("city/1");
    expect(lookup("Gaza City")).toBe("city/2");
    expect(lookup("Gaza")).toBe("region/1");
    expect(lookup("World Food Programme")).toBe("organization/3");
  });
  it("respects case: acronyms must be upper case, names capitalised", () => {
    expect(lookup("us")).toBeNull();
    expect(lookup("who")).toBeNull();
    expect(lookup("WHO")).toBe("organization/1");
  });
  it("does not take common words or small towns for places", () => {
    expect(lookup("Reading")).toBeNull();
    expect(lookup("Surprise")).toBeNull();
  });
});
