import type { PlaceKind } from "../../../domain/types.js";
import { PORTFOLIO_WORDS, TERRITORIAL_TITLES } from "../../lexicon/titles.js";
import type { Token } from "../../tokens.js";
import type { Recogniser, SentenceScan } from "../context.js";
import { complementEnd, nameRunLength, nameTokensOf } from "../name-tokens.js";
import { readCountry } from "./country.js";
import { readKnownOrganization } from "./known-organization.js";
import { readNameRun } from "./name-run.js";
import { organizationRun } from "./organization.js";

// Endings of abstract nouns that name portfolios: "Administration", "Management", "Security".
const PORTFOLIO_SUFFIX_RE = /(?:tion|sion|ment|ism|ity|ics|ure)$/;
// Capitalised words of an office before its title: "National Anti-Terrorism Prosecutor".
const MAX_OFFICE_WORDS = 5;

/** A title the gazetteer knows, and the person it names: "President William Ruto". */
export const titledPerson: Recogniser = (scan, i) => {
  const known = scan.knownAt(i);
  return known?.entry.type === "title" ? readTitledPerson(scan, i, i + known.length) : null;
};

/** An office the title list lacks, and the person it names: "Trade Minister Jane Roe". */
export const officeTitledPerson: Recogniser = (scan, i) => {
  if (!scan.mayOpenName(i) || i === scan.firstWord) return null;
  const titleEnd = officeTitleEnd(scan, i);
  return titleEnd > i ? readTitledPerson(scan, i, titleEnd) : null;
};

/**
 * The title at tokens [i, titleEnd), its chain, its "of …" (a body, a country, a portfolio, a
 * territory) and the name after it: a person with that role, or nobody when no name follows.
 */
function readTitledPerson(scan: SentenceScan, i: number, titleEnd: number): number {
  const { tokens, text, gazetteer, words, titleCase } = scan;
  const qual = scan.qualifiersBefore(i);
  let countryCode = qual.countryCode;
  let j = titleChainEnd(scan, titleEnd);
  // "General Directorate for Internal Security": a capitalised title opening a body's name.
  if (
    !titleCase &&
    tokens.slice(i, j).every((t) => t.cap || !t.word) &&
    !tokens[j - 1]?.possessive &&
    organizationRun(scan, j)
  )
    return readNameRun(scan, i);
  const governs = TERRITORIAL_TITLES[tokens[j - 1]?.key ?? ""];
  const ofMentions: number[] = [];
  // "spokesperson of the EU", "President of the USA", "Minister of Trade and Industry of Ghana".
  for (let n = 0; n < 2 && (tokens[j]?.key === "of" || tokens[j]?.key === "for"); n++) {
    let k = j + 1;
    if (tokens[k]?.key === "the") k++;
    const of = gazetteer.match(tokens, k);
    if (of?.entry.type === "organization" || of?.entry.type === "country" || of?.entry.type === "demonym") {
      const emittedBefore = scan.emittedCount();
      j =
        of.entry.type === "organization"
          ? readKnownOrganization(scan, of.entry, k, k + of.length)
          : readCountry(scan, of.entry, k, k + of.length);
      // "spokesperson of the Kenyan Growers’ Association": the nationality starts the body's name.
      if (of.entry.type !== "organization" && organizationRun(scan, j)) j = readNameRun(scan, j);
      ofMentions.push(...scan.emittedSince(emittedBefore));
      continue;
    }
    const portfolio = portfolioEnd(scan, j);
    const territory = portfolio === j && governs ? territoryEnd(scan, k, governs) : k;
    if (portfolio === j && territory === k) break;
    j = Math.max(portfolio, territory);
  }
  const roleEnd = j;
  if (tokens[j]?.text === ",") j++;
  // ", Major General Jane Roe": a rank before the name.
  if (tokens[j]?.cap) j = titleChainEnd(scan, j);
  // "the premier Indonesian Wirawan": a nationality between the title and the name.
  const nationality = gazetteer.match(tokens, j);
  if (nationality?.entry.type === "demonym" && tokens[j + nationality.length]?.cap) {
    scan.emit(j, j + nationality.length, { kind: "country", entry: nationality.entry, qualifier: true });
    countryCode ??= nationality.entry.country.code;
    j += nationality.length;
  }
  let run = nameRunLength(tokens, j);
  if (titleCase) {
    // Headlines capitalise every word: the name ends at the first ordinary one ("Minister Mulls Arbitration").
    const common = tokens
      .slice(j, j + run)
      .findIndex((t) => t.word && words.isCommonWord(t.key) && !words.isGivenName(t.key));
    if (common >= 0) run = common;
  }
  const runTokens = tokens.slice(j, j + run);
  const names = nameTokensOf(runTokens);
  // The run must not be another known entity or an institution ("Foreign Ministry").
  const entityAt = runTokens.length > 0 ? gazetteer.match(tokens, j) : null;
  if (
    names.length === 0 ||
    entityAt?.entry.type === "institution" ||
    (names.length === 1 && entityAt && entityAt.entry.type !== "title") ||
    organizationRun(scan, j)
  ) {
    return Math.max(titleEnd, roleEnd);
  }
  // "spokesperson of the EU, Peter Stano": the EU qualifies the person.
  for (const index of ofMentions) scan.markQualifier(index);
  const roleStart = tokens[qual.from]?.start ?? tokens[i]?.start ?? 0;
  const role = text.slice(roleStart, tokens[roleEnd - 1]?.end ?? roleStart).replace(/\s+/g, " ");
  scan.emit(j, j + run, {
    kind: "person",
    nameTokens: names,
    cue: "title",
    role,
    countryCode,
  });
  return j + run;
}

/** Past the titles chained from token j: "Chief Cabinet Secretary", "Deputy Foreign Minister". */
function titleChainEnd(scan: SentenceScan, j: number): number {
  const { tokens, gazetteer } = scan;
  let end = j;
  for (
    let next = gazetteer.match(tokens, end);
    next?.entry.type === "title";
    next = gazetteer.match(tokens, end)
  )
    end += next.length;
  return end;
}

/**
 * The end of a title closing the capitalised words from token i ("Trade Minister", "National
 * Anti-Terrorism Prosecutor"), or i: an office the title list lacks. Past the second word only
 * a name after the title tells an office from a body's name ("Central Bank Governor Jane Roe",
 * but "the Anti-Terrorism Prosecutor's Office").
 */
function officeTitleEnd(scan: SentenceScan, i: number): number {
  const { tokens, gazetteer } = scan;
  for (let k = i + 1; k <= i + MAX_OFFICE_WORDS; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t || prev?.possessive) return i;
    // "Anti-Terrorism": a hyphen inside the office's name.
    if (t.text === "-" && t.start === prev?.end) continue;
    if (!t.word || !t.cap) return i;
    const title = gazetteer.match(tokens, k);
    if (title?.entry.type !== "title") continue;
    const end = k + title.length;
    const after = tokens[end];
    const named =
      after?.word === true &&
      after.cap &&
      !tokens[end - 1]?.possessive &&
      !gazetteer.match(tokens, end) &&
      !organizationRun(scan, end);
    return k === i + 1 || named ? end : i;
  }
  return i;
}

/** "governor of Kiambu", "mayor of Mafa": emits the place a title governs; returns its end, or k. */
function territoryEnd(scan: SentenceScan, k: number, kind: PlaceKind): number {
  const { tokens, gazetteer, words } = scan;
  const known = gazetteer.match(tokens, k);
  if (known?.entry.type === "city" || known?.entry.type === "region") {
    scan.emit(k, k + known.length, { kind: "place", entry: known.entry });
    return k + known.length;
  }
  let end = k;
  // "Governor of Kiambu Ruth Wanjiku": the name starts with a given name.
  while (tokens[end]?.word && tokens[end]?.cap && !words.isGivenName(tokens[end]?.key ?? "")) end++;
  // "Governor of the Central Bank": an institution, not a territory.
  if (end === k || words.isOrganizationWord(tokens[end - 1]?.key ?? "")) return k;
  scan.emit(k, end, { kind: "place", placeKind: kind });
  return end;
}

/** A word of a portfolio: "Minister of Labour and Social Protection". */
function isPortfolioWord(scan: SentenceScan, t: Token | undefined): boolean {
  if (!t?.word || !t.cap) return false;
  return PORTFOLIO_WORDS.has(t.key) || (PORTFOLIO_SUFFIX_RE.test(t.key) && !scan.words.isGivenName(t.key));
}

/** The end of the portfolio after "of"/"for" at token j ("of Trade, Industry and Tourism"), or j. */
function portfolioEnd(scan: SentenceScan, j: number): number {
  const isWord = (t: Token | undefined): boolean => isPortfolioWord(scan, t);
  return complementEnd(scan.tokens, j, {
    isWord,
    closesAt: () => false,
    continuesAt: (k) => isWord(scan.tokens[k]),
  });
}
