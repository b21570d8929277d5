import { describe, expect, it } from "vitest";
import { explainNameMatch, matchName, type NamedEntity } from "./name-lookup.js";

const person = (id: string, name: string, aliases: string[] = []): NamedEntity => ({
  id,
  name,
  kind: "person",
  aliases,
  countryCode: null,
});
const org = (id: string, name: string): NamedEntity => ({
  id,
  name,
  kind: "organization",
  aliases: [],
  countryCode: null,
});

const biden = person("biden", "Joseph R. Biden", ["President Biden"]);
const jill = person("jill", "Jill Biden");
const kirby = person("kirby", "John Kirby");
const nsc = org("nsc", "National Security Council");
const commission = org("ec", "European Commission");
const all = [biden, jill, kirby, nsc, commission];

const found = (text: string) => {
  const match = matchName(text, all);
  return match.status === "found" ? match.entity.id : match.status;
};

describe("matchName", () => {
  it("takes the id, the name in any case and accents, and an alias", () => {
    expect(found("kirby")).toBe("kirby");
    expect(found("JOHN KIRBY")).toBe("kirby");
    expect(found("Jöhn Kirby")).toBe("kirby");
    expect(found("president biden")).toBe("biden");
  });

  it("joins given-name forms as the extractor does: Joe is Joseph", () => {
    expect(found("Joe Biden")).toBe("biden");
  });

  it("takes a family name, a given name, initials typed in capitals and an organisation's last word", () => {
    expect(found("Jill")).toBe("jill");
    expect(found("NSC")).toBe("nsc");
    expect(found("Commission")).toBe("ec");
  });

  it("is ambiguous when one rule fits several, and lists them by name", () => {
    const match = matchName("Biden", all);
    expect(match).toEqual({ status: "ambiguous", candidates: [jill, biden] });
    expect(explainNameMatch("actor", "Biden", match)).toContain(
      "Jill Biden (person; id jill); Joseph R. Biden",
    );
  });

  it("prefers the earlier rule: a full name over someone's family name", () => {
    const kirbyTheGiven = person("kirby-given", "Kirby Smart");
    expect(matchName("John Kirby", [kirby, kirbyTheGiven])).toEqual({ status: "found", entity: kirby });
  });

  it("is unknown when nothing fits, and says so with the suggestions it is given", () => {
    expect(matchName("Blinken", all)).toEqual({ status: "unknown", suggestions: [] });
    expect(explainNameMatch("place", "Atlantis", { status: "unknown", suggestions: [nsc] })).toBe(
      'No place is called "Atlantis". Nearest names (did you mean one?): "National Security Council".',
    );
    expect(found("nsc lower case is not an acronym")).toBe("unknown");
  });
});
