/**
 * A small curated lexicon of well-known organisations that news text names without
 * any other cue: news agencies and outlets, international bodies, government
 * institutions, armed groups. General knowledge, not tied to any article.
 */
export type OrganizationCategory =
  "media" | "international" | "government" | "military" | "armed-group" | "ngo" | "party" | "company";

export interface KnownOrganization {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: OrganizationCategory;
  readonly countryCode: string | null;
}

// name | aliases (comma separated) | category | country
const TABLE = `
Reuters||media|
Associated Press|AP,The Associated Press|media|US
Agence France-Presse|AFP,Agence France Presse|media|FR
TASS|Tass,ITAR-TASS|media|RU
RIA Novosti|RIA|media|RU
Interfax||media|RU
Xinhua|Xinhua News Agency|media|CN
Kyodo News|Kyodo|media|JP
NHK||media|JP
Yonhap|Yonhap News Agency|media|KR
Anadolu Agency|Anadolu|media|TR
ANSA||media|IT
EFE|Agencia EFE|media|ES
dpa|Deutsche Presse-Agentur|media|DE
Bloomberg|Bloomberg News|media|US
BBC|BBC News,British Broadcasting Corporation|media|GB
CNN||media|US
ABC News|ABC|media|US
CBS News|CBS|media|US
NBC News|NBC|media|US
Fox News||media|US
Al Jazeera||media|QA
Al Arabiya||media|AE
Sky News||media|GB
The New York Times|New York Times,NYT|media|US
The Washington Post|Washington Post|media|US
The Wall Street Journal|Wall Street Journal,WSJ|media|US
The Guardian||media|GB
Financial Times|FT|media|GB
Le Monde||media|FR
Axios||media|US
Politico||media|US
Times of Israel|The Times of Israel|media|IL
Haaretz||media|IL
WAFA||media|PS
United Nations|UN,U.N.|international|
UN Security Council|Security Council,U.N. Security Council,United Nations Security Council|international|
UN General Assembly|General Assembly,United Nations General Assembly|international|
NATO|North Atlantic Treaty Organization|international|
European Union|EU,E.U.|international|
European Commission||international|
European Parliament||international|
European Council||international|
African Union|AU|international|
Economic Community of West African States|ECOWAS|international|
Southern African Development Community|SADC|international|
Association of Southeast Asian Nations|ASEAN|international|
Arab League|League of Arab States|international|
Organization of American States|OAS|international|
Mercosur|Mercosul|international|
Community of Latin American and Caribbean States|CELAC|international|
Gulf Cooperation Council|GCC|international|
OPEC|Organization of the Petroleum Exporting Countries|international|
World Health Organization|WHO|international|
World Bank||international|
International Monetary Fund|IMF|international|
International Criminal Court|ICC|international|
International Court of Justice|ICJ,World Court|international|
International Atomic Energy Agency|IAEA|international|
World Trade Organization|WTO|international|
World Food Programme|WFP,World Food Program|international|
UNICEF||international|
UNHCR|UN refugee agency|international|
UNRWA||international|
OSCE|Organization for Security and Co-operation in Europe|international|
G7|Group of Seven|international|
G20|Group of 20,Group of Twenty|international|
BRICS||international|
International Committee of the Red Cross|ICRC,Red Cross|ngo|
Amnesty International|Amnesty|ngo|
Human Rights Watch|HRW|ngo|
Doctors Without Borders|MSF,Medecins Sans Frontieres|ngo|
World Central Kitchen|WCK|ngo|
White House||government|US
State House||government|
State Department|U.S. State Department,US State Department,Department of State|government|US
Pentagon|Department of Defense,Defense Department|government|US
National Security Council|NSC,U.S. National Security Council|government|US
Central Intelligence Agency|CIA|government|US
Federal Bureau of Investigation|FBI|government|US
U.S. Congress|Congress|government|US
U.S. Senate|Senate|government|US
Kremlin||government|RU
Downing Street||government|GB
Elysee|Élysée|government|FR
Mossad||government|IL
Shin Bet||government|IL
Knesset||government|IL
Palestinian Authority||government|PS
Israel Defense Forces|IDF,Israeli Defense Forces|military|IL
Hamas||armed-group|
Hezbollah|Hizbollah|armed-group|
Islamic Jihad|Palestinian Islamic Jihad|armed-group|
Houthis|Houthi,Ansar Allah|armed-group|
Taliban||armed-group|
Islamic State|ISIS,ISIL|armed-group|
Al Qaeda|al-Qaeda,al-Qaida,Al Qaida|armed-group|
Al-Shabaab|al-Shabab,Al Shabaab,Al Shabab|armed-group|
Boko Haram||armed-group|
Wagner Group||armed-group|
Rapid Support Forces|RSF|armed-group|
M23||armed-group|
Google||company|US
Getty Images|Getty|media|US
`;

export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [name = "", aliases = "", category = "", country = ""] = line.split("|");
    return {
      name,
      aliases: aliases ? aliases.split(",") : [],
      category: category as OrganizationCategory,
      countryCode: country || null,
    };
  });

/**
 * Nouns that, after a country or nationality, name that country's institution:
 * "Israeli forces", "Qatar's Foreign Ministry", "U.S. government".
 */
export const INSTITUTION_HEADS: Readonly<
  Record<string, { readonly head: string; readonly category: OrganizationCategory }>
> = {
  government: { head: "government", category: "government" },
  governments: { head: "government", category: "government" },
  administration: { head: "government", category: "government" },
  military: { head: "military", category: "military" },
  army: { head: "military", category: "military" },
  forces: { head: "military", category: "military" },
  "armed forces": { head: "military", category: "military" },
  troops: { head: "military", category: "military" },
  soldiers: { head: "military", category: "military" },
  navy: { head: "Navy", category: "military" },
  "air force": { head: "Air Force", category: "military" },
  "coast guard": { head: "Coast Guard", category: "military" },
  "border guard": { head: "Border Guard", category: "government" },
  "foreign ministry": { head: "Foreign Ministry", category: "government" },
  "ministry of foreign affairs": { head: "Foreign Ministry", category: "government" },
  "defence ministry": { head: "Defence Ministry", category: "government" },
  "defense ministry": { head: "Defence Ministry", category: "government" },
  "ministry of defence": { head: "Defence Ministry", category: "government" },
  "ministry of defense": { head: "Defence Ministry", category: "government" },
  "health ministry": { head: "Health Ministry", category: "government" },
  "ministry of health": { head: "Health Ministry", category: "government" },
  "interior ministry": { head: "Interior Ministry", category: "government" },
  "ministry of interior": { head: "Interior Ministry", category: "government" },
  "finance ministry": { head: "Finance Ministry", category: "government" },
  "ministry of finance": { head: "Finance Ministry", category: "government" },
  "justice ministry": { head: "Justice Ministry", category: "government" },
  "ministry of justice": { head: "Justice Ministry", category: "government" },
  "electoral commission": { head: "Electoral Commission", category: "government" },
  "election commission": { head: "Electoral Commission", category: "government" },
  parliament: { head: "Parliament", category: "government" },
  police: { head: "Police", category: "government" },
};

/** National armed forces known by a proper name, keyed by ISO code. */
export const NATIONAL_MILITARIES: Readonly<Record<string, string>> = {
  IL: "Israel Defense Forces",
};

/** First words that mark a capitalised phrase as an organisation ("World Central Kitchen"). */
export const ORGANIZATION_LEAD_WORDS: ReadonlySet<string> = new Set([
  "world",
  "international",
  "national",
  "global",
  "united",
  "federal",
  "central",
  "royal",
  "islamic",
  "democratic",
  "popular",
  "people's",
  "supreme",
  "save",
  "doctors",
]);

/**
 * Last words of organisation names that compromise's list lacks ("Democratic
 * Alliance", "Frankfurter Allgemeine Zeitung", "Latvian State Border Guard").
 */
export const ORGANIZATION_HEAD_WORDS: readonly string[] = [
  "movement",
  "party",
  "front",
  "alliance",
  "league",
  "congress",
  "assembly",
  "parliament",
  "senate",
  "court",
  "brigade",
  "brigades",
  "militia",
  "guard",
  "navy",
  "zeitung",
  "tribune",
  "secretariat",
  "command",
  "forces",
  "mission",
];

/**
 * Last words of names of things that no one can be, even when the text abbreviates them
 * like a body's: "Free Trade Agreement (FTA)", "Consumer Price Index (CPI)".
 */
export const NOT_A_BODY_HEADS: ReadonlySet<string> = new Set(
  (
    "agreement agreements accord accords treaty pact deal act law bill charter convention protocol declaration " +
    "resolution plan programme program initiative strategy framework policy scheme mechanism facility operation " +
    "rule rules standard standards procedure index indicator product price prices rate tax income goal goals " +
    "corridor project route pipeline zone area system vehicle vehicles missile missiles weapon weapons test " +
    "exercise exercises syndrome virus disease intelligence"
  ).split(" "),
);

/**
 * Nouns that introduce an organisation's name in apposition: "state broadcaster
 * RTS", "the coffee growers' federation, Fedecafé, said".
 */
export const ORGANIZATION_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    "broadcaster newspaper daily weekly tabloid magazine channel network outlet agency group party movement " +
    "federation confederation association union company firm militia organisation organization coalition alliance charity " +
    "watchdog regulator institute lender bank insurer carrier airline operator carmaker automaker retailer " +
    "manufacturer university radio television"
  ).split(" "),
);

/** Words after an outlet's name that name one of its stations or services: "ABC Radio Brisbane", "BBC World Service". */
export const BROADCAST_WORDS: ReadonlySet<string> = new Set(
  "radio television tv world international service online sport sports".split(" "),
);

/** An institution noun that names one body even without its country: "the Health Ministry said". */
export function namesOneBody(head: string): boolean {
  return /\b(?:Ministry|Commission)$/.test(head);
}

/** What a body says or decides through: "the press service of", "a decree of". */
export const VOICE_NOUNS: ReadonlySet<string> = new Set(
  "service spokesperson spokesman spokeswoman announcement readout communique decision decree declaration".split(
    " ",
  ),
);

/** Heads of bodies named after the place they serve in: "EU Monitoring Mission in Georgia". */
export const POSTED_HEADS: ReadonlySet<string> = new Set(["mission"]);
