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

describe("organisation names", () => {
  const orgs = (text: string): string[] => entities(text).filter((n) => n.startsWith("organization:"));
  const people = (text: string): string[] => entities(text).filter((n) => n.startsWith("person:"));

  it("reads 'Ministry/Office/Institute … of/for …' whole, with its country, never a person", () => {
    const text =
      "Ghana's Ministry of Lands and Natural Resources said licences would be reviewed. The Ministry of Lands and Natural Resources gave no date. The UN Office for Disarmament Affairs (UNODA) welcomed the move, said Kofi Mensah, a researcher at the Institute for Peace and Security Studies.";
    expect(orgs(text)).toEqual([
      "organization:Ghanaian Ministry of Lands and Natural Resources",
      "organization:Institute for Peace and Security Studies",
      "organization:UN Office for Disarmament Affairs",
    ]);
    expect(people(text)).toEqual(["person:Kofi Mensah"]);
  });
  it("keeps a minister's portfolio in the role, not in a name", () => {
    const a = analyzeArticle(
      articleOf(
        "Ghana's Minister of Fisheries and Aquaculture, Amara Osei, met EU Commissioner for Energy and Housing Tomas Virtanen. Virtanen said the talks went well.",
      ),
    );
    const people = [...a.entities.values()].filter((e) => e.kind === "person");
    expect(people.map((p) => p.name).sort()).toEqual(["Amara Osei", "Tomas Virtanen"]);
    expect([...(people.find((p) => p.name === "Amara Osei")?.roles ?? [])]).toEqual([
      "Ghana's Minister of Fisheries and Aquaculture",
    ]);
  });
  it("names a country's coast guard, navy or border guard, and reads the bare one as the same body", () => {
    expect(
      orgs("The Vietnam Coast Guard said two ships had been shadowed. The Coast Guard will file a report."),
    ).toEqual(["organization:Vietnam Coast Guard"]);
    expect(orgs("The Indonesian navy said it had detained a trawler.")).toEqual([
      "organization:Indonesian Navy",
    ]);
  });
  it("keeps a country's institution only where it acts, not where it describes a thing", () => {
    expect(
      orgs(
        "An Indonesian navy corvette docked in Jakarta, Thai government vessels left, and Thai soldiers at a checkpoint watched.",
      ),
    ).toEqual([]);
    expect(orgs("Thai soldiers fired warning shots.")).toEqual(["organization:Thai military"]);
  });
  it("reads organisations from their context: a descriptor, an appositive, a reporting verb", () => {
    const text =
      "The coffee growers' federation, Fedecafé, said prices had fallen. Daily Nation, the Nairobi-based newspaper, reported the figures. The chancellor told the Frankfurter Allgemeine Zeitung he would stay. In an interview with KTN, Wanjiku said the plan was ready.";
    expect(orgs(text)).toEqual([
      "organization:Daily Nation",
      "organization:Fedecafé",
      "organization:Frankfurter Allgemeine Zeitung",
      "organization:KTN",
    ]);
  });
  it("does not make organisations of people, agreements or unexplained acronyms", () => {
    const text =
      "A senior member of the party, John Mbadi, said he disagreed. Both sides signed the Camp David Accords. The BRI framework was not discussed. The chief executive told Ruto the plan was ready.";
    expect(orgs(text)).toEqual([]);
    expect(people(text)).toEqual(["person:John Mbadi", "person:Ruto"]);
  });
  it("resolves acronyms and other names the text defines", () => {
    const a = analyzeArticle(
      articleOf(
        "The National Drought Management Authority (NDMA) said rains had failed. The NDMA will publish figures. France's foreign ministry, known as the Quai d'Orsay, said it had summoned the envoy.",
      ),
    );
    const named = [...a.entities.values()].filter((e) => e.kind === "organization");
    expect(
      named.map((e) => [e.name, [...e.aliases].includes("NDMA") || [...e.aliases].includes("Quai d'Orsay")]),
    ).toEqual([
      ["National Drought Management Authority", true],
      ["France Foreign Ministry", true],
    ]);
    const ndma = named[0]?.key;
    expect(a.mentions.filter((m) => m.key === ndma)).toHaveLength(2);
  });
  it("reads another country's body of a known name as that country's", () => {
    expect(orgs("Kenya's Senate approved the bill. The Senate will vote again next week.")).toEqual([
      "organization:Kenya Senate",
    ]);
  });
  it("knows Arabic articles and prefixes written in lower case", () => {
    expect(
      entities("Fighters linked to al Qaeda and al-Shabaab attacked the base in sub-Saharan Africa."),
    ).toEqual(["organization:Al Qaeda", "organization:Al-Shabaab", "place:Sub-Saharan Africa"]);
  });
});

describe("places and people from their context", () => {
  it("reads natural features and administrative divisions as places, and their bare names later", () => {
    expect(entities("Fishermen were chased away near Scarborough Shoal and the Tubbataha Reef.")).toEqual([
      "place:Scarborough Shoal",
      "place:Tubbataha Reef",
    ]);
    const a = analyzeArticle(
      articleOf("Fighting spread in Ethiopia's Afar region. Elders in Afar said talks had failed."),
    );
    const afar = [...a.entities.values()].find((e) => e.name === "Afar");
    expect(afar?.kind).toBe("place");
    expect(a.mentions.filter((m) => m.key === afar?.key)).toHaveLength(2);
  });
  it("does not take a nationality, a portfolio or a person's possessive for a division", () => {
    expect(entities("The Kurdish region and the Finance department backed Omondi's district plan.")).toEqual(
      [],
    );
  });
  it("reads the place a governor or a mayor governs, and a person introduced by an appositive", () => {
    expect(entities("Ruth Wanjiku, the governor of Kiambu, said the county was ready.")).toEqual([
      "person:Ruth Wanjiku",
      "place:Kiambu",
    ]);
    expect(entities("Lakshmi Rao, who heads a think tank in Pune, said the deal was fair.")).toEqual([
      "person:Lakshmi Rao",
      "place:Pune",
    ]);
  });
  it("reads a person named after a speech verb or a role noun, even at a sentence start", () => {
    expect(
      entities(
        '"The deal is fair," said Anjali Desai, a fellow at a think tank. Analyst Rohit Kapoor agreed.',
      ),
    ).toEqual(["person:Anjali Desai", "person:Rohit Kapoor"]);
  });
  it("does not put a nationality into a name, nor read a currency as a country", () => {
    expect(
      entities("Ruto held talks with the premier Malaysian Anwar. Trade reached 2 billion U.S. dollars."),
    ).toEqual(["country:Malaysia", "person:Anwar"]);
  });
  it("merges a city with the capital named after it, and only then", () => {
    expect(entities("Officials in New Delhi said the visit to Delhi would go ahead.")).toEqual([
      "place:New Delhi",
    ]);
    expect(entities("Officials in Orleans said the visit to New Orleans would go ahead.")).toEqual([
      "place:New Orleans",
      "place:Orleans",
    ]);
  });
});
