import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./pipeline.js";
import { articleOf } from "./test-support.js";

function entities(text: string): string[] {
  return [...analyzeArticle(articleOf(text)).entities.values()].map((e) => `${e.kind}:${e.name}`).sort();
}

describe("mentions and entity resolution", () => {
  it("strips titles, joins short forms and keeps roles and countries", () => {
    const a = analyzeArticle(
      articleOf(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. Ruto said the talks went well, and Abiy agreed.",
      ),
    );
    const people = [...a.entities.values()].filter((e) => e.kind === "person");
    expect(people.map((p) => p.name).sort()).toEqual(["Abiy Ahmed", "William Ruto"]);
    const ruto = people.find((p) => p.name === "William Ruto");
    expect(ruto?.countryCode).toBe("KE");
    expect([...(ruto?.roles ?? [])]).toContain("Kenyan President");
    expect(a.mentions.filter((m) => m.key === ruto?.key)).toHaveLength(2);
  });
  it("links nationality adjectives to countries only when the state acts", () => {
    expect(
      entities("Israeli forces entered the town while Palestinian civilians fled to the coast."),
    ).toEqual(["country:Israel", "organization:Israel Defense Forces"]);
  });
  it("reads acronyms defined in the text and institutions of a country", () => {
    const names = entities(
      "The Independent Electoral Commission (IEC) said Ghana's Foreign Ministry had not replied. The IEC will publish results.",
    );
    expect(names).toContain("organization:Independent Electoral Commission");
    expect(names).toContain("organization:Ghana Foreign Ministry");
  });
  it("never takes a day or a month for a person, even before a speech verb", () => {
    const names = entities(
      "Amnesty International criticised the security forces on Monday, saying they had failed to protect civilians. Theresa May said in September she would stay.",
    );
    expect(names.filter((n) => n.startsWith("person:"))).toEqual(["person:Theresa May"]);
  });
  it("splits names glued to a neighbouring word", () => {
    const names = entities(
      "Chancellor Olaf Scholz spoke on Monday. Later Scholzsaid he was confident. Critics of dScholz disagreed.",
    );
    expect(names.filter((n) => n.startsWith("person:"))).toEqual(["person:Olaf Scholz"]);
  });
  it("keeps two people sharing a family name apart", () => {
    const names = entities(
      "Senator Tim Scott and Governor Phil Scott met in Vermont. Phil Scott spoke first.",
    );
    expect(names.filter((n) => n.startsWith("person:"))).toEqual(["person:Phil Scott", "person:Tim Scott"]);
  });
  it("does not take sentence openers, headings or comment prompts for actors", () => {
    expect(entities("Meanwhile, prices rose. Obviously nobody expected it. Related stories follow.")).toEqual(
      [],
    );
  });
  it("does not read 'United States' as a speech verb nor 'West African' as a person", () => {
    const names = entities("Several West African leaders and the United States welcomed the deal.");
    expect(names).toEqual(["country:United States"]);
  });
});
