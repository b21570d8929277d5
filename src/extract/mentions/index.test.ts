import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../pipeline.js";
import { articleOf } from "../test-support.js";

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
    expect(names).toContain("organization:Ghanaian Foreign Ministry");
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
      ["French Foreign Ministry", true],
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

describe("names of bodies", () => {
  const orgs = (text: string): string[] => entities(text).filter((n) => n.startsWith("organization:"));

  it("keeps a plural possessive inside a body's name, also after a title's 'of'", () => {
    const a = analyzeArticle(
      articleOf(
        '"Prices will rise," said the spokesman of the Kenyan Growers’ Association of Tea Estates (KGATE), Peter Otieno, on Friday. The Farmers\' Union of Malawi disagreed.',
      ),
    );
    const names = [...a.entities.values()].map((e) => `${e.kind}:${e.name}`).sort();
    expect(names).toEqual([
      "country:Kenya",
      "organization:Farmers' Union of Malawi",
      "organization:Kenyan Growers’ Association of Tea Estates",
      "person:Peter Otieno",
    ]);
    const otieno = [...a.entities.values()].find((e) => e.name === "Peter Otieno");
    expect([...(otieno?.roles ?? [])][0]).toMatch(/^spokesman of the Kenyan Growers’ Association/);
  });
  it("reads 'X of the Y for Z' after a person as the person's body", () => {
    expect(orgs("Ana Ruiz Olmedo of the Front for Renewal (FPR) won the seat. The FPR celebrated.")).toEqual([
      "organization:Front for Renewal",
    ]);
  });
  it("names a mission with the country it serves, and its parent's acronym with it", () => {
    const a = analyzeArticle(
      articleOf(
        "The United Nations Mission in Kosovo (UNMIK) said the night was calm. UNMIK patrols continued. The head of the OSCE Monitoring Mission, Karl Brandt, said the count was fair. The Mission will report on Monday.",
      ),
    );
    const named = [...a.entities.values()].map((e) => `${e.kind}:${e.name}`).sort();
    expect(named).toEqual([
      "country:Kosovo",
      "organization:OSCE Monitoring Mission",
      "organization:United Nations Mission in Kosovo",
      "person:Karl Brandt",
    ]);
    const mission = [...a.entities.values()].find((e) => e.name === "OSCE Monitoring Mission");
    expect(a.mentions.filter((m) => m.key === mission?.key)).toHaveLength(2);
  });
  it("reads a name abbreviated by its initials as a body, without its country as a mention", () => {
    expect(entities("The tremor was felt in the north, the Kenya Geological Survey (KGS) said.")).toEqual([
      "organization:Kenya Geological Survey",
    ]);
    expect(entities("The Kenya Ports Authority said cargo volumes fell.")).toEqual([
      "organization:Kenya Ports Authority",
    ]);
  });
  it("does not make bodies of agreements, of people with their party, or of a person's party", () => {
    const text =
      "Talks on the Coastal Trade Partnership Agreement (CTPA) resumed. Ravi Menon (RSP) objected. Mwangi's party walked out.";
    expect(orgs(text)).toEqual([]);
  });
  it("reads a name of two words before an organisation noun as a body, not an adjective", () => {
    expect(orgs("The smaller Hak-İş confederation and the Vox Populi alliance joined the strike.")).toEqual([
      "organization:Hak-İş",
      "organization:Vox Populi",
    ]);
    expect(
      orgs(
        "The Sunni militia, a Catholic charity and a Shia Muslim party objected. Wanjiru Otieno's alliance collapsed and the Grace Njeri group left.",
      ),
    ).toEqual([]);
  });
  it("makes no body of a continent's adjective with a plural government", () => {
    expect(entities("The minister urged Asian governments to act and the Milei government agreed.")).toEqual([
      "organization:Milei government",
    ]);
  });
  it("takes a government for a speaker through its statement or press service", () => {
    expect(
      orgs(
        "«The talks were useful», is said in the statement of the Moldovan government. He bought an Irish government bond.",
      ),
    ).toEqual(["organization:Moldova government"]);
  });
  it("names a country's ministry with its nationality adjective", () => {
    expect(
      orgs("Tajik Foreign Ministry officials met Kazakh envoys, the Tajik Foreign Ministry said."),
    ).toEqual(["organization:Tajik Foreign Ministry"]);
  });
});

describe("glued tokens and places the text introduces", () => {
  it("does not unglue a longer name into a known place, but still sheds a glued word", () => {
    const names = entities(
      "The court named Ana Sofia Quiroga Parisotto the winner. Quiroga thanked voters in Paris. Later Quirogasaid she was moved.",
    );
    expect(names).toEqual(["person:Ana Sofia Quiroga Parisotto", "place:Paris"]);
  });
  it("reads a name introduced as a town everywhere in the article, not as a person", () => {
    const text = (town: string): string =>
      `Vendors in ${town} protested. Police in ${town} made no arrests. The mayor promised water to ${town}, a city of about 300,000 people.`;
    for (const town of ["Villa Serena", "El Pedregoso"]) {
      const a = analyzeArticle(articleOf(text(town)));
      const named = [...a.entities.values()];
      expect(named.map((e) => `${e.kind}:${e.name}`)).toEqual([`place:${town}`]);
      expect(a.mentions.filter((m) => m.key === named[0]?.key)).toHaveLength(3);
    }
  });
  it("keeps an unknown run after a preposition out unless the text says it is a place", () => {
    expect(entities("Vendors in El Pedregoso protested on Monday.")).toEqual([]);
  });
  it("reads an appositive settlement noun only when it ends its phrase", () => {
    expect(entities("Mbale, a town near the border, flooded.")).toEqual(["place:Mbale"]);
    expect(entities("Grace Akello, a village elder, said the water rose fast.")).toEqual([
      "person:Grace Akello",
    ]);
  });
  it("reads the place after 'exclave of' or 'island of'", () => {
    expect(entities("The road links the mainland to its exclave of Cabinda.")).toContain("place:Cabinda");
  });
  it("does not read a place or a nationality before a division noun as a person or a region", () => {
    expect(entities("Tension rose in the Andean region and the Caribbean region.")).toEqual([]);
  });
  it("does not take a name before ', claims the' for a speaker", () => {
    expect(entities("Delays were reported on the Puna, claims the board rejected.")).toEqual([]);
  });
});

describe("mentions: places the context names", () => {
  it("never takes a month after 'in' for a town, even where one bears its name", () => {
    expect(entities("The envoy was appointed in March and arrived in Garissa in May.")).toEqual([
      "place:Garissa",
    ]);
  });
  it("reads a refugees' camp and a prison after a name as places, not a camp of supporters", () => {
    expect(
      entities(
        "Shelling hit the Kakuma refugee camp and the nearby Bidi camp for displaced families. Aides in the Halvorsen camp said nothing.",
      ),
    ).toEqual(["place:Bidi", "place:Kakuma"]);
    expect(entities("He spent a year in Evin prison. Guards at Evin Prison refused.")).toEqual([
      "place:Evin prison",
    ]);
  });
  it("reads the names of a list closed by a plural feature noun as places, not people", () => {
    expect(entities("Operators shut the Brage and Tor Aasen fields.")).toEqual([
      "place:Brage",
      "place:Tor Aasen",
    ]);
    expect(entities("Ships crossed the Red and Black seas.")).toEqual([]);
  });
  it("reads smaller towns listed after a known city", () => {
    expect(entities("Police carried out raids in Lyon, Annecy and Chambéry on Tuesday.")).toEqual([
      "place:Annecy",
      "place:Chambéry",
      "place:Lyon",
    ]);
  });
  it("knows a city by its English name, not a smaller namesake elsewhere", () => {
    const a = analyzeArticle(
      articleOf("Talks opened in Geneva on Monday before the delegates flew to Ghent."),
    );
    const places = [...a.entities.values()].map((e) => `${e.name}@${e.countryCode ?? ""}`).sort();
    expect(places).toEqual(["Geneva@CH", "Ghent@BE"]);
  });
});

describe("mentions: bodies and people the context names", () => {
  it("reads a body's name completed by 'on', unless a place follows it", () => {
    expect(entities("The Regional Commission on Water Resources said levels fell.")).toEqual([
      "organization:Regional Commission on Water Resources",
    ]);
    expect(entities("The Regional Commission on Ethiopia met.")).toContain("country:Ethiopia");
  });
  it("reads a federal department whole, not its first word as a division", () => {
    expect(
      entities("A spokesman for the Federal Department of Water Affairs said the dam was safe."),
    ).toEqual(["organization:Federal Department of Water Affairs"]);
  });
  it("names a country's body whose name starts with a non-state noun", () => {
    expect(entities("The Kenyan Border Police (KBP) said Kenyan border towns were calm.")).toEqual([
      "country:Kenya",
      "organization:Kenyan Border Police",
    ]);
  });
  it("reads one word before 'union' as a body when the story also uses it as a noun", () => {
    expect(
      entities("Members of the Fagforbundet union struck on Monday. Fagforbundet rejected the offer."),
    ).toEqual(["organization:Fagforbundet"]);
    expect(entities("The Sunni militia attacked a post.")).toEqual([]);
  });
  it("puts the person of an appositive after 'the head of the … association', not the body", () => {
    expect(
      entities(
        "The head of the farmers' association, Wanjiku Mbeki, told reporters the harvest was poor. The coffee growers' federation, Fedecafé, said prices fell.",
      ),
    ).toEqual(["organization:Fedecafé", "person:Wanjiku Mbeki"]);
  });
  it("reads a title closing an office's capitalised name, but not in the office's own name", () => {
    const a = analyzeArticle(
      articleOf(
        "Speaking on Friday, Federal Anti-Corruption Prosecutor Mireille Dufour said the case was grave. Dufour added that the National Anti-Corruption Prosecutor's Office would appeal.",
      ),
    );
    const names = [...a.entities.values()].map((e) => `${e.kind}:${e.name}`).sort();
    expect(names).toEqual([
      "organization:National Anti-Corruption Prosecutor's Office",
      "person:Mireille Dufour",
    ]);
    const dufour = [...a.entities.values()].find((e) => e.kind === "person");
    expect([...(dufour?.roles ?? [])]).toEqual(["Federal Anti-Corruption Prosecutor"]);
  });
  it("reads a capitalised title opening a body's name as part of it", () => {
    expect(
      entities("He met officials of the General Secretariat for Defence and National Security."),
    ).toEqual(["organization:General Secretariat for Defence and National Security"]);
  });
  it("keeps a rank out of the name after a title's appositive", () => {
    expect(
      entities(
        "The camp was quiet, said the spokesperson of the army, Brigadier General Tomas Okello, on Sunday.",
      ),
    ).toEqual(["person:Tomas Okello"]);
  });
  it("does not read the words after a title in a headline as a name", () => {
    expect(
      entities(
        "Port Strike Spreads as Minister Weighs Sanctions\n\nTrade Minister Jane Okoro said on Monday that the strike at the port had cost millions of shillings.",
      ),
    ).toEqual(["person:Jane Okoro"]);
  });
  it("ignores the writer introducing herself, but not a speaker doing so in a quote", () => {
    expect(
      entities("Good morning and welcome. I'm Priya Raman and I'll be bringing you the latest news."),
    ).toEqual([]);
    expect(entities('"I am Priya Raman, and I will not resign," the mayor said.')).toEqual([
      "person:Priya Raman",
    ]);
  });
  it("names an outlet's station or service, and a body named after its country by a descriptor", () => {
    expect(entities("The minister told BBC World Service on Monday that talks would resume.")).toEqual([
      "organization:BBC World Service",
    ]);
    expect(entities("Speaking on Kenya Today radio, the minister said talks would resume.")).toEqual([
      "organization:Kenya Today",
    ]);
  });
  it("resolves an undefined acronym to the body whose initials it spells, and only to it", () => {
    const a = analyzeArticle(
      articleOf(
        "The Ministry of Water and Sanitation said supplies were safe. MWS said tankers would help. XQZ said nothing.",
      ),
    );
    const ministry = [...a.entities.values()].find((e) => e.name === "Ministry of Water and Sanitation");
    expect([...(ministry?.aliases ?? [])]).toEqual(["MWS"]);
    expect(a.mentions.filter((m) => m.key === ministry?.key)).toHaveLength(2);
    expect(a.mentions.find((m) => m.surface === "XQZ")?.key).not.toBe(ministry?.key);
  });
  it("reads a name the text introduces as a body as that body, not a person, elsewhere", () => {
    expect(
      entities(
        'Talks with employers\' group Havforum Norge failed. "No," said the chief negotiator of Havforum Norge, Marit Dahl.',
      ),
    ).toEqual(["organization:Havforum Norge", "person:Marit Dahl"]);
  });
});
