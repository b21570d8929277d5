import type { LexiconEntry } from "../../gazetteer.js";
import { DATE_WORDS } from "../../lexicon/calendar-words.js";
import { NOT_A_BODY_HEADS, POSTED_HEADS } from "../../lexicon/organizations.js";
import type { Token } from "../../tokens.js";
import type { SentenceScan } from "../context.js";
import { DEFINED_ACRONYM_RE } from "../cues/known-as.js";
import { complementEnd, nameRunLength } from "../name-tokens.js";

/**
 * A capitalised run ending with an organisation word, with its "of …" complement,
 * the known organisation or the country before it ("UN Office for …", "India's
 * High Commission", "Kenya Ports Authority") and the name the text defines after it.
 */
export function readOrganization(
  scan: SentenceScan,
  from: number,
  end: number,
  names: readonly string[],
): number {
  const { tokens, gazetteer, words } = scan;
  const lastKey = tokens[end - 1]?.key ?? "";
  const joint = tokens[end]?.key;
  // "Intergovernmental Authority on Development", but "the Commission on Ukraine" speaks about a place.
  const complement =
    joint === "of" ||
    joint === "for" ||
    (joint === "on" && !placeAt(scan, tokens[end + 1]?.key === "the" ? end + 2 : end + 1));
  let stop =
    complement && words.isOrganizationWord(lastKey) ? Math.max(end, organizationOfEnd(scan, end)) : end;
  // "the Agreement of Association of …": the run completes the name of something else, but
  // not of a person ("Jane Roe of the Movement for Socialism").
  let p = from - 1;
  if (tokens[p]?.key === "the") p--;
  const outer = tokens[p - 1];
  const person = scan.mentionEndingAt(p)?.candidate;
  if (
    (tokens[p]?.key === "of" || tokens[p]?.key === "for") &&
    outer?.word &&
    outer.cap &&
    !words.isOrganizationWord(outer.key) &&
    gazetteer.match(tokens, p - 1)?.entry.type !== "title" &&
    !(person?.kind === "person" && person.nameTokens.length >= 2)
  )
    return stop;
  let start = from;
  let countryCode: string | null = null;
  const before = scan.mentionEndingAt(from);
  if (before?.candidate.kind === "organization" && before.candidate.administrationOf === null) {
    // "UN Office for …", "AU Commission", "Polish Armed Forces Operational Command": the
    // parent organisation is part of the name.
    scan.withdrawLast();
    start = before.from;
  } else if (before?.candidate.entry?.type === "country" || before?.candidate.entry?.type === "demonym") {
    ({ countryCode, from: start } = scan.qualifiersBefore(from));
    // "Kenya Ports Authority", "India Meteorological Department": the country's name is part of the
    // body's, not a mention of the country; "India's High Commission" is one.
    if (before.candidate.entry.type === "country" && start === before.from && !tokens[from - 1]?.possessive)
      scan.withdrawLast();
  }
  if (stop === end && POSTED_HEADS.has(lastKey)) stop = postingEnd(scan, end);
  if (stop === end && start === from && countryCode === null && names.length === 1) {
    // "the Commission said": a short form of an organisation, never a person.
    scan.emit(from, end, { kind: "organization", nameTokens: names, cue: "none" });
    return end;
  }
  if (countryCode !== null) {
    return scan.emitNamed(start, stop, {
      kind: "organization",
      institution: { countryCode, head: scan.textOf(from, stop), category: null },
    });
  }
  return scan.emitNamed(start, stop, { kind: "organization" });
}

/** Whether the name run at token j ends with an organisation word ("Growers’ Association"). */
export function organizationRun(scan: SentenceScan, j: number): boolean {
  const run = nameRunLength(scan.tokens, j);
  return run > 0 && scan.words.isOrganizationWord(scan.tokens[j + run - 1]?.key ?? "");
}

/**
 * "Geological Survey (BGS)": a name the text abbreviates by its words' initials, maybe
 * after those of a qualifier ("British"), is a body's, unless it names an agreement, a law or
 * another thing ("Free Trade Agreement (FTA)"); "Jane Roe (BJP)" names her party.
 */
export function abbreviatedByInitials(scan: SentenceScan, runTokens: readonly Token[], end: number): boolean {
  const { tokens } = scan;
  const acronym = tokens[end + 1]?.text ?? "";
  if (
    tokens[end]?.text !== "(" ||
    tokens[end + 2]?.text !== ")" ||
    !DEFINED_ACRONYM_RE.test(acronym) ||
    NOT_A_BODY_HEADS.has(tokens[end - 1]?.key ?? "")
  )
    return false;
  let initials = "";
  for (const t of runTokens) if (t.word && t.cap) initials += t.key.charAt(0).toUpperCase();
  return initials.length >= 2 && acronym.endsWith(initials);
}

/** The end of "of/for …" completing an organisation name at token j: "Ministry of Foreign and Diaspora Affairs". */
function organizationOfEnd(scan: SentenceScan, j: number): number {
  const { tokens, gazetteer } = scan;
  return complementEnd(tokens, j, {
    isWord: (t) => t?.word === true && t.cap && !DATE_WORDS.has(t.key),
    closesAt: (t) => t?.possessive === true,
    continuesAt: (k, afterComma) => {
      if (afterComma && !listContinues(tokens, k)) return false;
      // "Ministry of Energy and Interior Secretary X": the next title or country starts something else.
      const other = gazetteer.match(tokens, k)?.entry.type;
      return tokens[k]?.cap === true && other !== "title" && other !== "demonym";
    },
  });
}

/** Whether an entry of this type is a country, a region or a city. */
function namesPlace(type: LexiconEntry["type"] | undefined): boolean {
  return type === "country" || type === "region" || type === "city";
}

/** Whether a country, a region or a city the gazetteer knows starts at token k. */
function placeAt(scan: SentenceScan, k: number): boolean {
  return namesPlace(scan.gazetteer.match(scan.tokens, k)?.entry.type);
}

/** After a comma at token k - 1: "Industry and Trade", the rest of an "A, B and C" list. */
function listContinues(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n < tokens.length; n++) {
    const t = tokens[n];
    if (t?.word && t.cap) continue;
    return n > k && (t?.key === "and" || t?.text === "&");
  }
  return false;
}

/**
 * "Mission in Kosovo", "Mission to Moldova" after a mission's name at token k: the end of
 * the known place it serves, emitted as a qualifier, or k.
 */
function postingEnd(scan: SentenceScan, k: number): number {
  const { tokens, gazetteer } = scan;
  if (tokens[k]?.key !== "in" && tokens[k]?.key !== "to") return k;
  let at = k + 1;
  if (tokens[at]?.key === "the") at++;
  const place = gazetteer.match(tokens, at);
  if (!place || !namesPlace(place.entry.type)) return k;
  scan.emit(at, at + place.length, {
    kind: place.entry.type === "country" ? "country" : "place",
    entry: place.entry,
    qualifier: true,
  });
  return at + place.length;
}
