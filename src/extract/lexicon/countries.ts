import * as worldCountriesModule from "world-countries";
import type { Country } from "world-countries";

// The package's types describe a CommonJS default export; under NodeNext it arrives as `default`.
const worldCountries: readonly Country[] = (
  worldCountriesModule as unknown as { default: readonly Country[] }
).default;

/** A country from the world-countries dataset (ISO 3166-1) with the names news text uses. */
export interface CountryEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Nationality adjectives: "Israeli", "Turkish". */
  readonly demonyms: readonly string[];
  readonly latitude: number;
  readonly longitude: number;
}

// Everyday names the dataset lacks or lists only in another form.
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.", "U.S.A.", "USA", "US", "America", "United States of America"],
  GB: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
  TR: ["Turkey", "Türkiye", "Turkiye"],
  AE: ["UAE", "U.A.E.", "Emirates"],
  CD: ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
  CG: ["Republic of the Congo", "Congo-Brazzaville"],
  CI: ["Ivory Coast"],
  CZ: ["Czech Republic"],
  VA: ["Vatican", "Holy See"],
  MM: ["Burma"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde"],
  TL: ["East Timor"],
  KR: ["Korea"],
  RU: ["Russian Federation"],
  IR: ["Islamic Republic of Iran"],
  SY: ["Syrian Arab Republic"],
};

// Adjectives of nationality that differ from the dataset's (noun-like) demonyms.
const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  GB: ["British"],
  TR: ["Turkish"],
  SE: ["Swedish"],
  DK: ["Danish"],
  PL: ["Polish"],
  FI: ["Finnish"],
  ES: ["Spanish"],
  NL: ["Dutch"],
  IE: ["Irish"],
  FR: ["French"],
  CH: ["Swiss"],
  AE: ["Emirati"],
  SA: ["Saudi"],
  PH: ["Filipino", "Philippine"],
  LA: ["Laotian"],
  NP: ["Nepalese"],
  AR: ["Argentinian", "Argentine"],
  US: ["U.S.", "US"],
  KR: ["South Korean", "Korean"],
  KP: ["North Korean"],
  CD: ["Congolese"],
  PS: ["Palestinian"],
  TJ: ["Tajik"],
  KG: ["Kyrgyz"],
  KZ: ["Kazakh"],
  UZ: ["Uzbek"],
};

// The dataset's Soviet-era transliterations, which news no longer writes.
const DATED_DEMONYMS = new Set(["Tadzhik", "Kirghiz"]);

// Two-letter codes and native spellings are not how English news names countries.
function usableAlias(alias: string): boolean {
  return alias.length > 3 && /^[\p{L} .'’()-]+$/u.test(alias) && !alias.includes(",");
}

/**
 * Sovereign states first, then the larger: a dependency that shares a name or a
 * demonym with its state ("French" for the French Southern and Antarctic Lands,
 * "American" for the Northern Mariana Islands) must not win the lookup.
 */
function sovereignFirst(a: Country, b: Country): number {
  const rank = (c: Country): number => (c.unMember ? 0 : c.independent ? 1 : 2);
  return rank(a) - rank(b) || b.area - a.area;
}

function buildCountries(): CountryEntry[] {
  return [...worldCountries].sort(sovereignFirst).map((c) => {
    const aliases = new Set<string>([c.name.official, ...c.altSpellings.filter(usableAlias)]);
    for (const extra of EXTRA_ALIASES[c.cca2] ?? []) aliases.add(extra);
    aliases.delete(c.name.common);
    const demonyms = new Set<string>();
    const eng = c.demonyms.eng;
    if (eng) {
      demonyms.add(eng.m);
      demonyms.add(eng.f);
    }
    for (const extra of EXTRA_DEMONYMS[c.cca2] ?? []) demonyms.add(extra);
    return {
      code: c.cca2,
      name: c.name.common,
      aliases: [...aliases],
      demonyms: [...demonyms].filter((d) => d.length > 1 && !DATED_DEMONYMS.has(d)),
      latitude: c.latlng[0],
      longitude: c.latlng[1],
    };
  });
}

/** In lookup order: a name or demonym shared by several entries belongs to the first. */
export const COUNTRIES: readonly CountryEntry[] = buildCountries();

/** Nouns after a country's name that make it a currency: "U.S. dollars" is not the state. */
export const CURRENCY_NOUNS: ReadonlySet<string> = new Set(["dollar", "dollars"]);
