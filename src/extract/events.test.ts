import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./pipeline.js";
import { articleOf } from "./test-support.js";

function events(text: string, published: string | null = null): string[] {
  const a = analyzeArticle(articleOf(text, published));
  const name = (key: string): string => a.entities.get(key)?.name ?? key;
  return a.events.map(
    (e) =>
      `${e.type}/${e.cameo ?? "-"} ${e.participants.map((p) => name(p.key)).join("+")}${
        e.places.length > 0 ? ` @${e.places.map(name).join("+")}` : ""
      } ${e.date?.value ?? "undated"}`,
  );
}

describe("findEvents", () => {
  it("codes a phone call with its participants and the day next to it", () => {
    expect(
      events(
        "Chinese President Xi Jinping held a phone call on Tuesday with French President Emmanuel Macron about trade.",
        "2024-05-09",
      ),
    ).toContain("call/041 Xi Jinping+Emmanuel Macron 2024-05-07");
  });
  it("merges later definite mentions of the same talks into one event", () => {
    const out = events(
      "Indian Prime Minister Narendra Modi met Sri Lankan President Ranil Wickremesinghe in New Delhi on Friday. The meeting lasted two hours.",
      "2024-06-10",
    );
    expect(out.filter((e) => e.startsWith("meeting"))).toEqual([
      "meeting/043 Narendra Modi+Ranil Wickremesinghe @New Delhi 2024-06-07",
    ]);
  });
  it("lists visited countries and places of a tour", () => {
    const out = events(
      "Foreign Minister Penny Wong, who visited Fiji, Samoa and Tonga last week, announced new funding for the region.",
      "2024-04-02",
    );
    // Last week of a Tuesday, 2 April 2024, is 25-31 March: dated to that month.
    expect(out).toContain("visit/042 Penny Wong+Fiji+Samoa+Tonga 2024-03");
  });
  it("reads attacks, aid and statements, not quoted speech", () => {
    const out = events(
      [
        "Russian forces shelled Kherson overnight, regional officials said.",
        'The governor said: "They attacked the hospital and the market."',
        "The World Food Programme delivered aid to Kherson on Sunday.",
      ].join("\n\n"),
      "2024-02-12",
    );
    expect(out).toContain("attack/190 Russian military @Kherson undated");
    expect(out.some((e) => e.startsWith("aid/073 World Food Programme"))).toBe(true);
    expect(out.filter((e) => e.startsWith("attack"))).toHaveLength(1);
  });
  it("does not make events from sentences with no actors or places", () => {
    expect(events("It was a long day and nothing else happened after the talks.")).toEqual([]);
  });
  it("does not let a speaker become a participant of what they speak about", () => {
    const out = events("Spokesperson Maria Zakharova said aid trucks entered Gaza on Monday.", "2024-03-06");
    expect(out.find((e) => e.startsWith("aid"))).toBe("aid/073  @Gaza Strip 2024-03-04");
  });
  it("does not take who reports a happening at the end of the sentence for its target", () => {
    const out = events(
      "Gunmen attacked a market in Kaduna overnight, police spokesman Yusuf Bello said.",
      "2024-03-06",
    );
    expect(out.find((e) => e.startsWith("attack"))).toBe("attack/190  @Kaduna undated");
    expect(out.some((e) => e.startsWith("statement/010 Yusuf Bello"))).toBe(true);
  });
  it("reads an announced happening as that happening, not as a statement besides it", () => {
    expect(
      events(
        "The European Union announced sanctions against three militia leaders from the region in October.",
        "2024-03-06",
      ),
    ).toEqual(["sanctions/163 European Union 2023-10"]);
    // A plain "said" keeps its statement beside what it reports.
    expect(
      events(
        "The European Union said sanctions against the three militia leaders were ready in October.",
        "2024-03-06",
      ),
    ).toContain("statement/010 European Union undated");
  });
  it("lets a clause opening on the deal or the measures go on with that happening", () => {
    const out = events(
      [
        "Peru and Ecuador signed an agreement on Monday to reopen four border crossings closed since the floods.",
        "The deal was signed in Tumbes by Peru's interior minister, Rosa Quispe, and Ecuador's minister of government, Diego Vera.",
        "The measures, approved by the cabinet in Lima, will take effect in May.",
      ].join("\n\n"),
      "2024-04-10",
    );
    expect(out.filter((e) => e.startsWith("agreement"))).toEqual([
      "agreement/057 Peru+Ecuador+Rosa Quispe+Diego Vera @Tumbes 2024-04-08",
    ]);
    expect(out.some((e) => e.startsWith("sanctions"))).toBe(false);
  });
  it("reads releases of people, abductions, water cannon, convoys of food, marches and withdrawals", () => {
    const out = events(
      [
        "Boko Haram fighters on Sunday released 14 fishermen near Maiduguri in northeast Nigeria.",
        "Vietnamese coast guard ships fired water cannons at two Cambodian fishing boats in the Gulf of Thailand on Friday.",
        "The confrontation happened near Sihanoukville, officials said.",
        "A convoy of 30 trucks carrying food from the World Food Programme reached Kassala on Monday.",
        "Several thousand people marched in Yaounde on Monday against the new tax.",
        "Chad announced its withdrawal from the regional security pact on Tuesday.",
        "Nigeria has stepped up patrols on the lake since the abduction.",
      ].join("\n\n"),
      "2024-04-10",
    );
    expect(out).toContain("release/0841 Boko Haram+Nigeria @Maiduguri 2024-04-07");
    expect(out.some((e) => /^attack\/190 Viet\w+ Coast Guard\b.*@Sihanoukville/.test(e))).toBe(true);
    expect(out).toContain("aid/073 World Food Programme @Kassala 2024-04-08");
    expect(out.find((e) => e.startsWith("protest"))).toMatch(/^protest\/141 {2}@Yaound. 2024-04-08$/);
    expect(out.some((e) => e.startsWith("withdrawal/160 Chad"))).toBe(true);
    expect(out.filter((e) => e.startsWith("abduction"))).toEqual([]);
  });
  it("finds who 'the two ministers' are by the role the story gave them, however far back", () => {
    const out = events(
      [
        "Chile's Minister of Mining, Paula Soto, and Bolivia's Minister of Energy, Marco Quiroga, signed a lithium accord in La Paz on Monday.",
        "The accord sets royalties for the next decade and creates a joint research centre.",
        "Analysts said prices had fallen sharply over the past year across the region.",
        "The two ministers first discussed the idea at a meeting in Santiago, officials said.",
      ].join("\n\n"),
      "2024-04-10",
    );
    expect(out.find((e) => e.startsWith("meeting"))).toBe(
      "meeting/043 Paula Soto+Marco Quiroga @Santiago undated",
    );
  });
  it("tells eased sanctions, closed borders and grim forecasts from sanctions, threats and warnings", () => {
    const out = events(
      [
        "In March, the African Union lifted most of the financial sanctions it had imposed on Gabon after the coup.",
        "In October, Finland closed two more crossings on its border with Russia to stop the flow of migrants.",
        "The World Health Organization warned that cholera cases in the region had doubled since the floods.",
        "Norway warned Sweden against allowing more protests outside its embassy in Stockholm this year.",
      ].join("\n\n"),
      "2024-04-10",
    );
    expect(out.find((e) => e.startsWith("easing"))).toMatch(/^easing\/081 African Union\b/);
    expect(out.some((e) => e.startsWith("sanctions"))).toBe(false);
    expect(out.find((e) => e.startsWith("closure"))).toMatch(/^closure\/172 Finland\b.* 2023-10$/);
    expect(out).toContain("warning/012 World Health Organization undated");
    expect(out.find((e) => e.startsWith("warning/130"))).toMatch(/^warning\/130 Norway\+Sweden/);
  });
  it("finds who gave an interview after the phrase that names it", () => {
    const out = events(
      [
        "Kenyan President David Kiprono arrived in New Delhi on Wednesday for a three-day state visit to India.",
        "In an interview with a television channel broadcast on Wednesday evening, the Kenyan leader dismissed reports of a base.",
      ].join("\n\n"),
      "2024-09-26",
    );
    expect(out.find((e) => e.startsWith("interview"))).toBe("interview/010 David Kiprono 2024-09-25");
  });
  it("reads 'claimed the attack' as the attack told before, not a new one", () => {
    const out = events(
      [
        "Late on Saturday, fighters from Boko Haram fired mortar rounds at the port of Maiduguri, wounding two guards.",
        "The group claimed the attack in a message on its Telegram channel on Sunday.",
      ].join("\n\n"),
      "2024-09-30",
    );
    expect(out.filter((e) => e.startsWith("attack"))).toEqual([
      "attack/190 Boko Haram @Maiduguri 2024-09-28",
    ]);
  });
  it("reads disasters, rate decisions, labour strikes and flights to a place, dated by the time after them", () => {
    const out = events(
      [
        "The death toll from an earthquake that struck western Nepal late on Friday rose to 40, officials said.",
        "The magnitude 6.4 quake hit the Jajarkot district hardest, the army said.",
        "Hungary's central bank raised its key interest rate on Thursday to defend the forint.",
        "Thousands of dock workers walked off the job in Rotterdam on Monday over pay.",
        "President Ana Ruiz flew to Pokhara on Saturday, and officials met her at the airport.",
      ].join("\n\n"),
      "2024-11-05",
    );
    expect(out.find((e) => e.startsWith("disaster"))).toMatch(/^disaster\/- Nepal\b.* 2024-11-01$/);
    expect(out.filter((e) => e.startsWith("disaster"))).toHaveLength(1);
    expect(out.find((e) => e.startsWith("rate-decision"))).toMatch(/ 2024-10-31$/);
    expect(out).toContain("protest/141  @Rotterdam 2024-11-04");
    expect(out.find((e) => e.startsWith("visit"))).toBe("visit/042 Ana Ruiz @Pokhara 2024-11-02");
  });
  it("keeps two undated meetings apart when the text gives them different times", () => {
    const out = events(
      [
        "Serbian President Marko Ilic and Kosovo Prime Minister Arben Krasniqi on Thursday held a meeting in Ohrid.",
        "Ilic and Krasniqi previously met in October in Brussels on the sidelines of a summit.",
      ].join("\n\n"),
    );
    expect(out.filter((e) => e.startsWith("meeting"))).toEqual([
      "meeting/043 Marko Ilic+Arben Krasniqi @Ohrid undated",
      "meeting/043 Marko Ilic+Arben Krasniqi @Brussels undated",
    ]);
  });
  it("keeps a visit and a meeting coordinated in one sentence apart, each on its own day", () => {
    const out = events(
      "The envoy, Senegalese diplomat Awa Diop, arrived in Bamako on Saturday and met junta leader Colonel Issa Keita late on Sunday.",
      "2024-03-04",
    );
    expect(out.find((e) => e.startsWith("visit"))).toMatch(
      /^visit\/042 (?:Senegal\+)?Awa Diop @Bamako 2024-03-02$/,
    );
    expect(out.find((e) => e.startsWith("meeting"))).toMatch(
      /^meeting\/043 (?:Senegal\+)?Awa Diop\+Issa Keita\b.* 2024-03-03$/,
    );
  });
  it("tells one vote candidate by candidate, and keeps another round apart", () => {
    const out = events(
      [
        "The electoral council on Monday declared Ana Quispe Mamani the winner of Sunday's runoff for mayor of Cochabamba.",
        "Quispe won 52.4% of valid votes against 47.6% for Luis Rojas Vargas, the council said.",
        "In the first round on March 22, Jorge Paz Soliz won in Tarija with 61% of the votes.",
      ].join("\n\n"),
      "2026-04-21",
    );
    expect(out.filter((e) => e.startsWith("election"))).toEqual([
      "election/- Ana Quispe Mamani+Luis Rojas Vargas @Cochabamba 2026-04-19",
      "election/- Jorge Paz Soliz @Tarija 2026-03-22",
    ]);
  });
  it("reads charges, investigations, seizures, boycotts, drone strikes, landings and calls 'about X by phone'", () => {
    const out = events(
      [
        "Three men were charged on Friday by judges in Lyon at the request of the prosecutor's office.",
        "A fourth man, arrested on Tuesday in Grenoble by officers of the National Police, was released without charge.",
        "Belgium's federal prosecutor opened a preliminary investigation on August 12.",
        "The Spanish Navy has intercepted and destroyed several boats near Alboran Island.",
        "The opposition boycotted the vote in Kinshasa in August.",
        "Last week, drones struck fuel depots near the airport of Goma.",
        "Chilean Foreign Minister Tomas Rojas landed in Lima on Monday evening.",
        "Rojas and Peruvian Foreign Minister Elena Quiroz first spoke about the case by phone on Sunday.",
      ].join("\n\n"),
      "2024-09-28",
    );
    expect(out.find((e) => e.startsWith("arrest") && e.includes("@Lyon"))).toMatch(/ 2024-09-27$/);
    expect(out.find((e) => e.startsWith("arrest") && e.includes("@Grenoble"))).toMatch(
      /National Police.* 2024-09-24$/,
    );
    expect(out.find((e) => e.startsWith("release"))).toMatch(/ undated$/);
    expect(out.find((e) => e.startsWith("investigation"))).toMatch(/^investigation\/090 .* 2024-08-12$/);
    expect(out.find((e) => e.startsWith("seizure"))).toMatch(/^seizure\/171 Spanish Navy\b/);
    expect(out.find((e) => e.startsWith("boycott"))).toMatch(/^boycott\/143 /);
    expect(out.find((e) => e.startsWith("attack"))).toMatch(/@Goma/);
    expect(out.find((e) => e.startsWith("visit"))).toBe("visit/042 Tomas Rojas @Lima 2024-09-23");
    expect(out.find((e) => e.startsWith("call"))).toBe("call/041 Tomas Rojas+Elena Quiroz 2024-09-22");
  });
  it("keeps one actor's attacks on two places apart, each with its own date", () => {
    const out = events(
      [
        "In October, M23 rebels killed dozens of villagers near Butembo, according to the UN.",
        "Residents say M23 fighters have repeatedly shelled the nearby Kanyaruchinya camp near Goma.",
      ].join("\n\n"),
      "2024-11-14",
    );
    expect(out.filter((e) => e.startsWith("attack")).map((e) => e.split(" ").pop())).toEqual([
      "2024-10",
      "undated",
    ]);
  });
  it("reads who was freed, sentenced or charged at whose request, and dates none by the report's day", () => {
    const out = events(
      [
        "Belarus has released Lithuanian journalist Tomas Zukas, the Lithuanian foreign ministry said in a statement on Monday.",
        "On January 18, a court in Minsk sentenced him to five years for espionage.",
        "Two men were charged on Friday in Vilnius at the request of the European Commission.",
        "A man assaulted two worshippers outside a church in Kaunas last month.",
      ].join("\n\n"),
      "2024-10-15",
    );
    expect(out.find((e) => e.startsWith("release"))).toMatch(/^release\/0841 Belarus\+Tomas Zukas undated$/);
    expect(out.find((e) => e.includes("Minsk"))).toMatch(/^arrest\/173 Tomas Zukas @Minsk 2024-01-18$/);
    expect(out.find((e) => e.includes("Vilnius"))).toMatch(
      /^arrest\/173 European Commission\b.* 2024-10-11$/,
    );
    expect(out.find((e) => e.includes("Kaunas"))).toMatch(/^assault\/182 /);
  });
  it("dates talks that led to a dated signing to its day, and 'their talks' to its parties", () => {
    const out = events(
      [
        "Chile and Peru on Thursday signed a fisheries pact, after talks between Chilean President Ana Ruiz and Peruvian President Jorge Soto in Lima.",
        "The two presidents then held a joint press conference after their talks at the palace.",
      ].join("\n\n"),
      "2024-09-27",
    );
    expect(out.find((e) => e.startsWith("discussion"))).toMatch(
      /^discussion\/040 Ana Ruiz\+Jorge Soto\b.* 2024-09-26$/,
    );
  });
  it("places 'the city was last hit' in the town the sentence before spoke of", () => {
    const out = events(
      [
        "Kharkiv, which lies 30 kilometres from the border, has come under near-daily attack since troops pushed into Russia's Belgorod region.",
        "The city was last hit on Feb. 11, when a Russian guided bomb damaged a school.",
        "Poland sent a second plane on Tuesday with 60 rescuers and a field hospital.",
      ].join("\n\n"),
      "2025-02-19",
    );
    expect(out.find((e) => e.endsWith("2025-02-11"))).toMatch(/^attack\/190 .*@Kharkiv 2025-02-11$/);
    expect(out.find((e) => e.startsWith("aid"))).toMatch(/^aid\/073 Poland .*2025-02-18$/);
  });
  it("lets a subject act across a dash-enclosed aside, which gives no participant", () => {
    const out = events(
      "Relations soured after Mali and Guinea - both run by juntas that turned to Russia for help - announced they would quit the bloc.",
      "2024-03-04",
    );
    expect(out.find((e) => e.startsWith("withdrawal"))).toBe("withdrawal/160 Mali+Guinea undated");
  });
  it("gives a 'which' clause's verb to its antecedent, not to what the clause names", () => {
    const out = events(
      "South Korea, which has its own maritime dispute with Japan in the Sea of Japan, has provided the Vietnamese coast guard with patrol vessels.",
      "2024-06-12",
    );
    expect(out.find((e) => e.startsWith("cooperation"))).toMatch(
      /^cooperation\/060 South Korea\+Viet\w+ Coast Guard\b/,
    );
  });
  it("reads 'The March 3 attack' as an attack on March 3, and 'the release of figures' as no release", () => {
    const out = events(
      [
        "The March 3 attack on a police post in Gulu killed two officers, the army said.",
        "The statistics office announced the release of new inflation figures for Uganda on Monday.",
        "The assault in Gulu was condemned by the church.",
      ].join("\n\n"),
      "2024-03-20",
    );
    expect(out.filter((e) => e.startsWith("attack"))).toEqual(["attack/190  @Gulu 2024-03-03"]);
    expect(out.some((e) => e.startsWith("release") || e.startsWith("assault"))).toBe(false);
  });
  it("is no visit when someone is banned from travelling", () => {
    const out = events(
      "Canada sanctioned four officials from the region on Friday and banned them from travelling to Canada.",
      "2024-04-10",
    );
    expect(out.some((e) => e.startsWith("visit"))).toBe(false);
  });
});

function quotes(text: string, published: string): string[] {
  const a = analyzeArticle(articleOf(text, published));
  return a.quotes.map(
    (q) => `${a.entities.get(q.speaker ?? "")?.name ?? "nobody"} ${q.date?.value ?? "undated"}`,
  );
}

describe("the day a statement was made", () => {
  it("is the day of the occasion it was made at", () => {
    expect(
      quotes(
        [
          "On Tuesday, Chilean Foreign Minister Tomas Rojas spoke by phone with his Argentine counterpart Lucia Ferro about the fires.",
          '"We agreed to share aircraft," Rojas told reporters after the call.',
        ].join("\n\n"),
        "2024-02-08",
      ),
    ).toEqual(["Tomas Rojas 2024-02-06"]);
  });
  it("is the day set ahead of the speaker in its clause, and holds for the next sentence and paragraph", () => {
    expect(
      quotes(
        [
          "In a statement on Monday, Interior Minister Amara Diallo said the curfew would end. She said the army would stay in the north for now.",
          '"It has done its work," she said.',
          '"Nobody should fear the night any longer."',
        ].join("\n\n"),
        "2024-02-08",
      ),
    ).toEqual(["Amara Diallo 2024-02-05", "Amara Diallo 2024-02-05"]);
  });
  it("is a day, never the month of a week", () => {
    expect(
      quotes(
        'In an interview with a radio station last week, Mayor Ines Brandt said: "The bridge will be rebuilt within a year."',
        "2024-05-15",
      ),
    ).toEqual(["Ines Brandt undated"]);
  });
  it("stays unknown when nothing dates the occasion", () => {
    expect(
      quotes(
        '"We agreed to share aircraft," Chilean Foreign Minister Tomas Rojas told reporters after the call.',
        "2024-02-08",
      ),
    ).toEqual(["Tomas Rojas undated"]);
  });
  it("is the day of the news conference its speaker told", () => {
    expect(
      quotes(
        '"The border stays open to everyone," Prime Minister Karin Lund told a news conference in Oslo on Tuesday, a day before the vote.',
        "2024-02-08",
      ),
    ).toEqual(["Karin Lund 2024-02-06"]);
  });
});
