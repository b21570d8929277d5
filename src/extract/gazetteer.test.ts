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
    expect(gazetteer().countriesByCode.get("TJ")?.demonyms).toEqual(["Tajik"]);
    expect(gazetteer().entries("kyrgyz")[0]).toMatchObject({ type: "demonym" });
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
  it("reads names led by a lower-case Arabic article or a glued prefix, not the bare lower-case word", () => {
    expect(lookup("al-Qaeda fighters")).toBe("organization/3");
    expect(lookup("al Qaeda fighters")).toBe("organization/2");
    expect(lookup("sub-Saharan Africa")).toBe("region/4");
    expect(lookup("al Jazeera")).toBe("organization/2");
    expect(lookup("al")).toBeNull();
    expect(lookup("sub - Saharan Africa")).toBeNull();
  });
  it("knows the institution nouns of a country's armed services", () => {
    expect(gazetteer().entries("coast guard")[0]).toMatchObject({ type: "institution", head: "Coast Guard" });
    expect(gazetteer().entries("navy")[0]).toMatchObject({ type: "institution", head: "Navy" });
  });
  it("knows cities by the English names news uses, besides GeoNames' own, without transliteration marks", () => {
    const cityOf = (text: string): string | null => {
      const m = gazetteer().match(tokenize(text), 0);
      return m?.entry.type === "city" ? `${m.entry.city.name}@${m.entry.city.countryCode}` : null;
    };
    expect(cityOf("Geneva")).toBe("Geneva@CH");
    expect(cityOf("Genève")).toBe("Geneve@CH");
    expect(cityOf("Cologne")).toBe("Cologne@DE");
    expect(cityOf("Köln")).toBe("Koln@DE");
    expect(cityOf("Odesa")).toBe("Odesa@UA");
  });
  it("does not take common words or small towns for places", () => {
    expect(lookup("Reading")).toBeNull();
    expect(lookup("Surprise")).toBeNull();
  });
  it("resolves shared demonyms and names to the sovereign state, not a dependency", () => {
    const countryOf = (text: string): string | null => {
      const m = gazetteer().match(tokenize(text), 0);
      return m && (m.entry.type === "demonym" || m.entry.type === "country") ? m.entry.country.code : null;
    };
    const expected: Readonly<Record<string, string>> = {
      French: "FR",
      American: "US",
      British: "GB",
      Dutch: "NL",
      Danish: "DK",
      Norwegian: "NO",
      Australian: "AU",
      Chinese: "CN",
      Indian: "IN",
      "New Zealand": "NZ",
      Finnish: "FI",
      Spanish: "ES",
      Portuguese: "PT",
      Moroccan: "MA",
      Congolese: "CD",
      Dominican: "DO",
      Korean: "KR",
      Sudanese: "SD",
      "South Sudanese": "SS",
      Brazilian: "BR",
      Kenyan: "KE",
      Russian: "RU",
      German: "DE",
      Italian: "IT",
      Japanese: "JP",
      Turkish: "TR",
      Mexican: "MX",
      Nigerian: "NG",
      Egyptian: "EG",
      Israeli: "IL",
      Palestinian: "PS",
      Ukrainian: "UA",
      Polish: "PL",
      Swiss: "CH",
      Irish: "IE",
      Greek: "GR",
      Argentine: "AR",
      Emirati: "AE",
      Saudi: "SA",
      Filipino: "PH",
      Pakistani: "PK",
      Iranian: "IR",
      Canadian: "CA",
      Swedish: "SE",
      Belgian: "BE",
      Austrian: "AT",
    };
    for (const [demonym, code] of Object.entries(expected))
      expect([demonym, countryOf(demonym)]).toEqual([demonym, code]);
  });
});
