import { daysBetween } from "./calendar.js";
import {
  actorMentionsIn,
  describedPerson,
  isOrganizationNoun,
  isPersonPronoun,
  lastMentionBefore,
  lastOrganizationBefore,
  lastPersonBefore,
  pluralReferents,
  type Discourse,
} from "./discourse.js";
import { EVENT_KINDS, kindOf, STATEMENT_KIND, type EventKind } from "../domain/event-kinds.js";
import {
  GENERIC_CONSULTATION,
  isSpeech,
  RECENT_EVENT_DAYS,
  sameKindOfHappening,
} from "../domain/happening.js";
import { ANNOUNCING_VERBS, isSpeechVerb } from "./lexicon/speech-verbs.js";
import { execAll } from "./regex.js";
import type { Token } from "./tokens.js";
import type { Span } from "../domain/types.js";
import type {
  ArticleDate,
  LocalEvent,
  LocalParticipant,
  LocalQuote,
  Mention,
  QuoteSpan,
  Sentence,
  TimeExpression,
} from "./model.js";

export interface EventInput extends Discourse {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quoteSpans: readonly QuoteSpan[];
  readonly times: readonly TimeExpression[];
  readonly quotes: LocalQuote[];
  readonly publishedAt: ArticleDate | null;
}

// Where a sentence breaks into clauses: a new subject or a subordinate clause starts.
// The break keeps the relative pronoun in the new clause: "…, who visited Israel" has its subject.
const CLAUSE_BREAK_RE =
  /;|:\s|\s[-–—]\s|,(?=\s*(?:who|which|where|while|whereas|but|although|and|as(?! well\b))\b)|\s(?=(?:that|while|whereas|after|before|because|although|though|amid|amidst|despite)\s)| {3,}/g;
// After the object of a trigger, a coordinated new noun phrase starts another happening.
const OBJECT_END_RE = /\b(?:and|but|while|as well as)\s+(?:the|a|an)\b/i;
const ACCORDING_TO_RE = /\baccording to(?:\s+the)?\s*$/i;
const RELATIVE_START_RE = /^\s*,?\s*(who|which)\b/i;
const DETERMINER_RE = /\b(?:the|this|that|these|those|their|its|his|her|latest|such)\s+(?:\w+\s+)?$/i;
/** A pattern of the event lexicon, with the kind it reports and the CAMEO code it gives. */
interface EventTrigger {
  readonly kind: EventKind;
  readonly cameo: string | null;
  readonly pattern: RegExp;
  readonly anaphoric: boolean;
}

const EVENT_TRIGGERS: readonly EventTrigger[] = EVENT_KINDS.flatMap((kind) =>
  kind.triggers.map((t) => ({
    kind,
    cameo: t.cameo ?? kind.cameo,
    pattern: t.pattern,
    anaphoric: t.anaphoric === true,
  })),
);

/** Each noun to the kinds of happening it may refer back to, the kind it names first at the head. */
const BACK_REFERENCE_TYPES: ReadonlyMap<string, readonly string[]> = (() => {
  const types = new Map<string, string[]>();
  for (const kind of EVENT_KINDS) for (const noun of kind.referredToAs ?? []) types.set(noun, [kind.type]);
  for (const kind of EVENT_KINDS) for (const noun of kind.alsoMeantBy ?? []) types.get(noun)?.push(kind.type);
  return types;
})();
// Only the determiner may be capitalised: "The March 3 attack" opens on a month, not a march.
const BACK_REFERENCE_RE = new RegExp(
  `^\\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+(?:[\\w.-]+\\s+){0,3}?(${[...BACK_REFERENCE_TYPES.keys()].join("|")})\\b`,
);
const BACK_REFERENCE_SENTENCES = 3;
const ASIDE_RE = /\s[-–—]\s[^-–—.;:"“”]{3,120}?\s[-–—]\s/g;
const THE_TOWN_RE = /\bthe (?:city|town|village)\b(?!\s+of\b)/i;
const LEAD_UP_RE =
  /^\s*(?:after|following)\s+(?:(?:the|their|two days of|hours of)\s+)?(?:talks|meetings?|consultations|negotiations)$/i;
// A participle's agent: "was signed in Tumbes by the ministers", "arrested … on Tuesday in
// Mulhouse by officers of the DGSI".
const PASSIVE_AGENT_RE = /^[^.;]{0,100}?\sby\s+(?:the\s+|officers\s+of\s+|\p{Lu})/u;
const TIME_REFERENCE_RE = /\b(?:since|after|before|following|until) the $/i;
/** Each noun for an occasion to the kinds of happening it may name. */
const OCCASION_TYPES: ReadonlyMap<string, readonly string[]> = (() => {
  const types = new Map<string, string[]>();
  for (const kind of EVENT_KINDS)
    for (const noun of kind.occasionNouns ?? []) types.set(noun, [...(types.get(noun) ?? []), kind.type]);
  return types;
})();
const OCCASION_RE = new RegExp(
  `\\b(?:after|following|at|during|in) (?:the|that|this|their|its) (?:[\\w-]+ )?(${[...OCCASION_TYPES.keys()].join("|")})\\b`,
  "i",
);
const OCCASION_SENTENCES = 8;
const OCCASION_REACH = 60;

interface Clause {
  readonly sentence: Sentence;
  readonly start: number;
  readonly end: number;
  /** Dash-enclosed asides of its sentence: "Niger, Mali and Burkina Faso - all run by juntas - announced…". */
  readonly asides: readonly Span[];
}

interface Hit {
  readonly trigger: EventTrigger;
  readonly start: number;
  readonly end: number;
}

function maskQuotes(sentence: Sentence, quotes: readonly QuoteSpan[]): string {
  let masked = sentence.text;
  for (const q of quotes) {
    if (q.end <= sentence.start || q.start >= sentence.end) continue;
    const s = Math.max(q.start, sentence.start) - sentence.start;
    const e = Math.min(q.end, sentence.end) - sentence.start;
    masked = masked.slice(0, s) + " ".repeat(e - s) + masked.slice(e);
  }
  return masked;
}

/**
 * Covers the dash-enclosed asides of a sentence so that they neither break its clause nor give
 * it triggers: the subject before the aside acts with the verb after it.
 */
function maskAsides(sentence: Sentence, masked: string): { masked: string; asides: Span[] } {
  const asides: Span[] = [];
  const covered = masked.replace(ASIDE_RE, (aside, at: number) => {
    asides.push({ start: sentence.start + at, end: sentence.start + at + aside.length });
    return ` ${"_".repeat(aside.length - 2)} `;
  });
  return { masked: covered, asides };
}

function clausesOf(sentence: Sentence, masked: string, asides: readonly Span[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (const m of execAll(CLAUSE_BREAK_RE, masked)) {
    const at = m.index;
    if (at > from) clauses.push({ sentence, start: sentence.start + from, end: sentence.start + at, asides });
    from = at + m[0].length;
  }
  if (from < masked.length)
    clauses.push({ sentence, start: sentence.start + from, end: sentence.end, asides });
  return clauses.filter(
    (c) => masked.slice(c.start - sentence.start, c.end - sentence.start).trim().length > 0,
  );
}

/** All trigger words of a sentence (quotations masked), read once per sentence. */
function triggersIn(masked: string, sentence: Sentence): Hit[] {
  const hits: Hit[] = [];
  for (const trigger of EVENT_TRIGGERS) {
    for (const m of execAll(trigger.pattern, masked)) {
      const start = sentence.start + m.index;
      hits.push({ trigger, start, end: start + m[0].length });
    }
  }
  return hits;
}

/** A clause opening on "the deal", "the measures"…: the kinds of happening it refers back to, read as a trigger. */
function backReferenceIn(masked: string, clause: Clause): { types: readonly string[]; hit: Hit } | null {
  const from = clause.start - clause.sentence.start;
  const m = BACK_REFERENCE_RE.exec(masked.slice(from, clause.end - clause.sentence.start));
  const noun = m?.[1];
  const types = noun ? BACK_REFERENCE_TYPES.get(noun.toLowerCase()) : undefined;
  const trigger = EVENT_TRIGGERS.find((t) => t.kind.type === types?.[0]);
  if (!m || !noun || !types || !trigger) return null;
  const end = clause.start + m[0].length;
  return { types, hit: { trigger, start: end - noun.length, end } };
}

/** Keeps one trigger per kind of happening in a clause; the consultation or interview absorbs what was said in it. */
function foldTriggers(all: readonly Hit[], text: string): Hit[] {
  // "lifted the sanctions": a trigger inside a longer one of another kind is part of it.
  const hits = all.filter(
    (h) =>
      !all.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  const consult = hits
    .filter((h) => h.trigger.kind.family === "consult")
    .sort((a, b) => (a.trigger.kind.consultRank ?? -1) - (b.trigger.kind.consultRank ?? -1))[0];
  const interview = hits.find((h) => h.trigger.kind.family === "interview");
  const kept: Hit[] = [];
  const seen = new Set<string>();
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    // "arrived in Niamey on Saturday and met the junta leader on Sunday": two happenings.
    const coordinated =
      consult !== undefined && h.start > consult.end && /\band\s+$/.test(text.slice(h.start - 5, h.start));
    if (h.trigger.kind.family === "consult" && h !== consult && !coordinated) continue;
    if ((consult || interview) && h.trigger.kind.saidInConsultation) continue;
    if (interview && h.trigger.kind.family === "consult") continue;
    const partOf = h.trigger.kind.partOf;
    if (partOf && hits.some((x) => partOf.includes(x.trigger.kind.type))) continue;
    const family = h.trigger.kind.family === "conflict" ? "conflict" : h.trigger.kind.type;
    if (seen.has(family)) continue;
    seen.add(family);
    kept.push(h);
  }
  return kept;
}

/** "announced sanctions", "confirmed the release of…": announcing the happening is that happening. */
function announces(input: EventInput, verb: Token, hit: Hit): boolean {
  return (
    ANNOUNCING_VERBS.has(verb.key) &&
    hit.start >= verb.end &&
    input.tokens.between(verb.end, hit.start).filter((t) => t.word).length <= 3
  );
}

function isPerson(input: EventInput, key: string): boolean {
  return input.entities.get(key)?.kind === "person";
}

function isMedia(input: EventInput, key: string): boolean {
  return input.entities.get(key)?.category === "media";
}

/** A pronoun or "the group" standing for the subject when the clause names none. */
function referredSubject(input: EventInput, from: number, to: number): Mention | undefined {
  const described = describedPerson(input, from, to);
  if (described) return described;
  const tokens = input.tokens.between(from, to);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t) continue;
    if (isPersonPronoun(t.key)) return lastPersonBefore(input, t.start);
    if (isOrganizationNoun(t.key) && !t.cap && tokens[k - 1]?.key !== "a")
      return lastOrganizationBefore(input, t.start, 0, t.key);
  }
  return undefined;
}

function participantsOf(
  input: EventInput,
  clause: Clause,
  hit: Hit,
  previousEventPeople: readonly string[],
  agentsEnd: number,
): { participants: LocalParticipant[]; places: string[] } {
  const allowMedia = hit.trigger.kind.family === "interview";
  // A source ("according to the White House") is not a participant.
  const actor = (m: Mention): boolean =>
    !m.qualifier &&
    !clause.asides.some((a) => m.start >= a.start && m.end <= a.end) &&
    (allowMedia || !isMedia(input, m.key)) &&
    !ACCORDING_TO_RE.test(input.text.slice(Math.max(0, m.start - 20), m.start));
  // Who speaks about an event is not its participant: "Kirby emphasized the need for aid trucks".
  const speechVerb = input.tokens
    .between(clause.start, hit.start)
    .filter((t) => isSpeechVerb(t))
    .pop();
  // …except for a speech event itself: who "told a news conference" held it.
  const speaks = hit.trigger.kind.family === "statement" || hit.trigger.kind.family === "interview";
  const subjectFrom =
    speechVerb && !speaks && !announces(input, speechVerb, hit) ? speechVerb.end : clause.start;
  // "Japan, which has its own dispute with China, has provided…": the relative clause ends at
  // the comma; what it names is not the subject, its antecedent is.
  const relative = RELATIVE_START_RE.exec(input.text.slice(clause.start, hit.start));
  const relativeEnd = relative ? input.text.lastIndexOf(",", hit.start) : -1;
  const subjectStart = relativeEnd > clause.start ? relativeEnd : subjectFrom;
  const before = actorMentionsIn(input, subjectStart, hit.start).filter(actor);
  const participants: LocalParticipant[] = [];
  const add = (key: string, role: LocalParticipant["role"]): void => {
    if (!participants.some((p) => p.key === key)) participants.push({ key, role });
  };
  const possessive = /\btheir\s+(?:[\w-]+\s+)?$/i.test(input.text.slice(subjectFrom, hit.start));
  const plural =
    before.length > 0
      ? []
      : possessive && previousEventPeople.length >= 2
        ? previousEventPeople
        : pluralReferents(input, subjectFrom, hit.start, clause.sentence.index, previousEventPeople);
  for (const key of plural) add(key, hit.trigger.kind.roles.subject);
  const subject =
    before.length > 0 || plural.length > 0
      ? before
      : [referredSubject(input, subjectFrom, hit.start)].filter((m) => m !== undefined);
  // "…, who in an interview indicated": the relative pronoun's antecedent is the subject.
  if (relative) {
    const antecedent =
      relative[1]?.toLowerCase() === "who"
        ? lastPersonBefore(input, clause.start)
        : lastMentionBefore(input, clause.start, (m) => m.kind !== "place" && actor(m), clause.start - 200);
    if (antecedent) add(antecedent.key, hit.trigger.kind.roles.subject);
  }
  for (const m of subject) add(m.key, hit.trigger.kind.roles.subject);
  // The object: actors right after the trigger, and a list continuing them ("Israel, Jordan and Turkey").
  // The object ends where the next happening's verb starts; passive agents run on past the
  // place and over ", and": "was signed in Tumbes by X, and Y".
  const passive =
    /(?:ed|en)$/i.test(input.text.slice(hit.start, hit.end)) &&
    PASSIVE_AGENT_RE.test(input.text.slice(hit.end, Math.min(clause.end, agentsEnd)));
  const objectEndMatch = OBJECT_END_RE.exec(input.text.slice(hit.end, clause.end));
  const objectEnd = passive
    ? agentsEnd
    : Math.min(agentsEnd, objectEndMatch ? hit.end + objectEndMatch.index : clause.end);
  const after = actorMentionsIn(input, hit.end, objectEnd).filter(actor);
  const windowEnd = passive ? objectEnd : hit.end + 70;
  let last = hit.end;
  // "sentenced him to seven years": the person the pronoun stands for.
  const objectWord = input.tokens.between(hit.end, objectEnd)[0];
  if (objectWord && (objectWord.key === "him" || objectWord.key === "her")) {
    const person = lastPersonBefore(input, hit.start);
    if (person) add(person.key, hit.trigger.kind.roles.object);
  }
  // "charged … at the request of the prosecutor's office": who asked for it took part.
  const request = /\bat the request of\s/i.exec(input.text.slice(hit.end, clause.end));
  if (request) {
    const from = hit.end + request.index + request[0].length;
    const requester = actorMentionsIn(input, from, Math.min(clause.end, from + 80)).find(actor);
    if (requester) add(requester.key, hit.trigger.kind.roles.subject);
  }
  for (const m of after) {
    // "…killed 12 villagers, police spokesman Yusuf Bello said": who reports it is not its target.
    if (isSpeechVerb(input.tokens.between(m.end, clause.end)[0])) break;
    const gap = input.text.slice(last, m.start);
    const continues = last > hit.end && /^[\s,]*(?:and\s+|the\s+|occupied\s+)*$/i.test(gap);
    if (m.start > windowEnd && !continues) break;
    add(m.key, hit.trigger.kind.roles.object);
    last = m.end;
  }
  // "In an interview with NDTV on Wednesday, the Kenyan leader said…": who gave it comes after.
  if (hit.trigger.kind.family === "interview" && !participants.some((p) => isPerson(input, p.key))) {
    const comma = input.text.indexOf(",", hit.end);
    const person =
      comma >= 0 && comma < clause.end
        ? (actorMentionsIn(input, comma, clause.end).find((m) => m.kind === "person") ??
          referredSubject(input, comma, Math.min(clause.end, comma + 40)))
        : undefined;
    if (person) add(person.key, hit.trigger.kind.roles.subject);
  }
  if (participants.length === 0 && hit.trigger.kind.doneByPersonOfClause) {
    const person = actorMentionsIn(input, clause.start, clause.end).find((m) => m.kind === "person");
    if (person) add(person.key, hit.trigger.kind.roles.subject);
  }
  const places = input.mentions
    .filter((m) => m.kind === "place" && m.start >= clause.start && m.end <= objectEnd && !m.inQuote)
    .map((m) => m.key);
  // "The city was last hit on Feb. 11": the town the story was just speaking of.
  if (places.length === 0 && THE_TOWN_RE.test(input.text.slice(clause.start, objectEnd))) {
    const isTown = (m: Mention): boolean =>
      m.kind === "place" && !m.inQuote && input.entities.get(m.key)?.placeKind === "city";
    // The topic of the sentence before, as with "he said": its first town, else the last one named.
    const previous = clause.sentence.index - 1;
    const town =
      input.mentions.find((m) => m.sentence === previous && isTown(m)) ??
      lastMentionBefore(input, clause.start, isTown, clause.start - 1500);
    if (town) places.push(town.key);
  }
  return { participants, places: [...new Set(places)] };
}

/**
 * The time of a happening: the first one after its verb and before the next one's ("arrived on
 * Saturday and met him late on Sunday": Sunday for the meeting), else the nearest in its clause.
 */
function timeOfHit(
  input: EventInput,
  clause: Clause,
  hit: Hit,
  previousHitStart: number,
  nextHitStart: number,
): TimeExpression | undefined {
  // …and not past a reporting verb: "have released him, the ministry said on Monday".
  const reporting = input.tokens.between(hit.end, clause.end).find((t) => isSpeechVerb(t));
  const limit = Math.min(clause.end, nextHitStart, reporting?.start ?? clause.end);
  const following = input.times.find((t) => t.start >= hit.end && t.end <= limit && !t.sameDayAsPrevious);
  if (following) return following;
  // A time after another happening's verb is that one's: "arrested on Tuesday …, was released
  // without charge"; one ahead of both may be shared: "On Tuesday, police arrested and released…".
  const shared = { ...clause, end: previousHitStart > clause.start ? previousHitStart : limit };
  return nearestTime(input, shared, hit.start);
}

/**
 * "…signed the pact on Thursday, after talks between X and Y": consultations that led to a
 * dated outcome the same day, told in the clause right after it. Not other happenings: "lodged a
 * protest on Monday after ships fired water cannon" says nothing of when they fired.
 */
function leadUpTime(
  input: EventInput,
  clause: Clause,
  previousClause: Clause | undefined,
  hit: Hit,
): TimeExpression | undefined {
  if (!previousClause || hit.trigger.kind.family !== "consult") return undefined;
  if (!LEAD_UP_RE.test(input.text.slice(clause.start, hit.end))) return undefined;
  const outcome = nearestTime(input, previousClause, previousClause.end);
  return outcome?.precision === "day" ? { ...outcome, basis: "inferred" } : undefined;
}

/** The time expressions of a clause that name their own day. */
function timesIn(input: EventInput, clause: Clause): TimeExpression[] {
  return input.times.filter((t) => t.start >= clause.start && t.end <= clause.end && !t.sameDayAsPrevious);
}

function nearestTime(input: EventInput, clause: Clause, at: number): TimeExpression | undefined {
  return timesIn(input, clause).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

function toDate(t: TimeExpression | undefined): ArticleDate | null {
  return t?.value && t.precision && t.basis
    ? { value: t.value, precision: t.precision, basis: t.basis }
    : null;
}

/** The RSF shelling a camp and the RSF killing villagers in another province are two attacks. */
function elsewhere(a: LocalEvent, b: LocalEvent): boolean {
  if (kindOf(a.type)?.merge?.spansPlaces) return false;
  return a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p));
}

/** Undated, but "on Thursday" and "in October" (or two weekdays) are two occasions. */
function toldApart(a: LocalEvent, b: LocalEvent): boolean {
  if (a.date !== null || b.date !== null) return false;
  const told = (e: LocalEvent) => e.weekday !== null || e.month !== null;
  return told(a) && told(b) && (a.weekday !== b.weekday || a.month !== b.month);
}

function sameDate(a: ArticleDate | null, b: ArticleDate | null): boolean {
  return a === null || b === null || a.value === b.value;
}

function mergeInto(target: LocalEvent, source: LocalEvent): void {
  for (const p of source.participants)
    if (!target.participants.some((q) => q.key === p.key)) target.participants.push(p);
  for (const p of source.places) if (!target.places.includes(p)) target.places.push(p);
  for (const s of source.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
  target.date ??= source.date;
  target.weekday ??= source.weekday;
  target.month ??= source.month;
  target.reportedWeekday ??= source.reportedWeekday;
  target.sameDayAs ??= source.sameDayAs;
  if (kindOf(source.type)?.merge?.refines?.includes(target.type)) target.type = source.type;
  if (
    target.cameo === GENERIC_CONSULTATION &&
    source.cameo !== GENERIC_CONSULTATION &&
    source.cameo?.startsWith("04")
  ) {
    target.type = source.type;
    target.cameo = source.cameo;
  }
}

const actorKeys = (e: LocalEvent): string[] => e.participants.map((p) => p.key);

/**
 * Detects events clause by clause from the CAMEO verb lexicon (quoted speech is not
 * read as events), gives each its participants, places and date, merges the
 * mentions of one happening within the article and links quotes to the statement
 * or interview they were said in.
 */
export function findEvents(input: EventInput): LocalEvent[] {
  const events: LocalEvent[] = [];
  const lastNarrative = (): number | null => {
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k];
      if (e && !isSpeech(e)) return k;
    }
    return null;
  };
  // "the two leaders": the people of the last event of this or the previous sentence that had several.
  const peopleOfRecentEvent = (sentence: number): string[] => {
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k];
      if (!e || Math.max(...e.sentences) < sentence - 1) continue;
      const people = e.participants.filter((p) => input.entities.get(p.key)?.kind === "person");
      if (people.length >= 2) return people.map((p) => p.key);
    }
    return [];
  };
  // The latest happening of one of these kinds told in the last few sentences, if any.
  const referentOf = (
    date: ArticleDate | null,
    sentence: number,
    types: readonly string[],
  ): LocalEvent | undefined => {
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k];
      if (!e || Math.max(...e.sentences) < sentence - BACK_REFERENCE_SENTENCES) return undefined;
      // The table of nouns says which kinds a reference may join: "the assault" an attack.
      if (types.includes(e.type) && sameDate(e.date, date)) return e;
    }
    return undefined;
  };
  const add = (
    event: LocalEvent,
    anaphoric: boolean,
    backReference: readonly string[] = [],
    referenceOnly = false,
  ): void => {
    if (backReference.length > 0) {
      const referent = referentOf(event.date, event.sentences[0] ?? 0, backReference);
      if (referent) {
        mergeInto(referent, event);
        return;
      }
      if (referenceOnly) return;
    }
    if (anaphoric) {
      for (let k = events.length - 1; k >= 0; k--) {
        const e = events[k];
        if (e && kindOf(e.type)?.merge?.takesConsultReferences && event.cameo?.startsWith("04")) {
          mergeInto(e, event);
          return;
        }
      }
    }
    const keys = actorKeys(event);
    // "X told reporters on Tuesday… She said…": the next sentence goes on with the same occasion.
    if (isSpeech(event) && event.date === null) {
      const sentence = event.sentences[0] ?? 0;
      const previous = events.findLast(
        (e) =>
          isSpeech(e) && e.date !== null && e.sentences.some((k) => k === sentence || k === sentence - 1),
      );
      if (previous && actorKeys(previous).join() === keys.join()) {
        mergeInto(previous, event);
        return;
      }
    }
    for (const e of events) {
      if (!sameKindOfHappening(e, event) || toldApart(e, event) || elsewhere(e, event)) continue;
      // Statements on different occasions stay apart: an undated one is not the dated one.
      if (isSpeech(e) ? e.date?.value !== event.date?.value : !sameDate(e.date, event.date)) continue;
      const shared = actorKeys(e).filter((k) => keys.includes(k)).length;
      const consult = e.cameo?.startsWith("04") === true;
      const sameSet = keys.length > 0 && shared === keys.length && shared === actorKeys(e).length;
      const subset =
        kindOf(e.type)?.merge?.joinsOnSubset === true &&
        shared > 0 &&
        (shared === keys.length || shared === actorKeys(e).length);
      if ((consult && shared >= 2) || sameSet || subset) {
        mergeInto(e, event);
        return;
      }
    }
    if (keys.length === 0 && event.places.length === 0) return;
    events.push(event);
  };

  for (const sentence of input.sentences) {
    if (sentence.kind !== "body") continue;
    const { masked, asides } = maskAsides(sentence, maskQuotes(sentence, input.quoteSpans));
    const clauses = clausesOf(sentence, masked, asides);
    const sentenceHits = triggersIn(masked, sentence);
    clauses.forEach((clause, ci) => {
      const hits = foldTriggers(
        sentenceHits.filter((h) => h.start >= clause.start && h.end <= clause.end),
        input.text,
      );
      const reference = backReferenceIn(masked, clause);
      if (reference && !hits.some((h) => reference.types.includes(h.trigger.kind.type)))
        hits.unshift(reference.hit);
      const previousClause = clauses[ci - 1];
      const reported =
        previousClause &&
        /^\s*that\b/.test(masked.slice(clause.start - sentence.start, clause.end - sentence.start))
          ? nearestTime(input, previousClause, previousClause.end)
          : undefined;
      const sameDay = input.times.some(
        (t) => t.sameDayAsPrevious && t.start >= clause.start && t.end <= clause.end,
      );
      for (const hit of hits) {
        // The next happening's verb: in this clause, one kept after folding ("signed an agreement"
        // is one); past it, any.
        const nextHitStart =
          hits.find((h) => h.start > hit.end)?.start ??
          sentenceHits.find((h) => h.start >= clause.end)?.start ??
          sentence.end;
        const { participants, places } = participantsOf(
          input,
          clause,
          hit,
          peopleOfRecentEvent(sentence.index),
          nextHitStart,
        );
        const previousHitStart = hits.filter((h) => h.end <= hit.start).pop()?.start ?? clause.start;
        const time =
          timeOfHit(input, clause, hit, previousHitStart, nextHitStart) ??
          leadUpTime(input, clause, previousClause, hit);
        const determiner =
          DETERMINER_RE.test(input.text.slice(Math.max(clause.start, hit.start - 30), hit.start)) ||
          /^(?:the|this|that|their|his|her|its|latest)\b/i.test(input.text.slice(hit.start, hit.end));
        const anaphoric = hit.trigger.anaphoric && determiner && participants.length <= 1;
        // "…has stepped up patrols since the abduction": a time reference to a told happening, not news.
        const timeReference =
          hit.trigger.kind.family !== "consult" &&
          TIME_REFERENCE_RE.test(input.text.slice(Math.max(clause.start, hit.start - 20), hit.start));
        // "The group claimed the attack in a message…": the attack told before, not a new one; what
        // this clause names around the noun is not the attack's.
        const definite =
          hit.trigger.kind.family !== "consult" &&
          hit !== reference?.hit &&
          !/(?:ed|ing)$/i.test(input.text.slice(hit.start, hit.end)) &&
          /\b(?:the|this|that)\s+$/i.test(input.text.slice(Math.max(clause.start, hit.start - 6), hit.start));
        const nounTypes = BACK_REFERENCE_TYPES.get(input.text.slice(hit.start, hit.end).toLowerCase());
        const told = definite
          ? referentOf(null, sentence.index, nounTypes ?? [hit.trigger.kind.type])
          : undefined;
        if (told) {
          if (!told.sentences.includes(sentence.index)) told.sentences.push(sentence.index);
          continue;
        }
        add(
          {
            type: hit.trigger.kind.type,
            cameo: hit.trigger.cameo,
            participants: anaphoric ? [] : participants,
            places: anaphoric ? [] : places,
            date: toDate(time),
            weekday: time?.weekday ?? null,
            month: time?.month ?? null,
            sameDayAs: sameDay ? lastNarrative() : null,
            reportedWeekday: reported?.weekday ?? null,
            sentences: [sentence.index],
            trigger: { start: hit.start, end: hit.end },
            summary: "",
            confidence: 0,
            quotes: [],
          },
          anaphoric,
          timeReference
            ? [hit.trigger.kind.type]
            : reference?.types.includes(hit.trigger.kind.type)
              ? reference.types
              : [],
          timeReference || hit === reference?.hit,
        );
      }
      if (!hits.some((h) => h.trigger.kind.family === "interview" || h.trigger.kind.type === "briefing")) {
        addStatement(input, clause, masked, hits, events, add);
      }
    });
  }
  linkQuotes(input, events);
  applySingleFrame(input, events);
  return events;
}

/** "X said …", "said X": one statement event per speaker and day. */
function addStatement(
  input: EventInput,
  clause: Clause,
  masked: string,
  hits: readonly Hit[],
  earlier: readonly LocalEvent[],
  add: (e: LocalEvent, anaphoric: boolean) => void,
): void {
  // Words outside quotations: what is quoted is not the reporting verb. A clause opening on
  // "Speaking to reporters in Jakarta on Monday, Hartigan thanked…" reports speech too.
  const words = input.tokens.between(clause.start, clause.end);
  const verb =
    words.find((t) => isSpeechVerb(t) && masked.charAt(t.start - clause.sentence.start) !== " ") ??
    (words[0]?.key === "speaking" ? words[0] : undefined);
  if (!verb) return;
  const verbStart = verb.start;
  const verbEnd = verb.end;
  // "cautioned", "urged": the verb already made a warning or an appeal.
  if (hits.some((h) => h.start <= verbStart && h.end >= verbEnd)) return;
  if (hits.some((h) => announces(input, verb, h))) return;
  const before = actorMentionsIn(input, clause.start, verbStart).filter(
    (m) => !m.qualifier && !isMedia(input, m.key),
  );
  const speaker =
    [...before].reverse().find((m) => m.kind === "person") ??
    before[before.length - 1] ??
    referredSubject(input, clause.start, verbStart) ??
    actorMentionsIn(
      input,
      verbEnd,
      Math.min(clause.end, verbEnd + (verb.key === "speaking" ? 160 : 80)),
    ).find((m) => !m.qualifier && m.kind === "person");
  if (!speaker) return;
  // Only a date right after the verb ("told the radio this morning") or, failing that, ahead of
  // it in its clause ("In a statement on Monday, the ministry said") dates the statement, not
  // one in what was said.
  const inClause = timesIn(input, clause);
  const reach = verb.key === "speaking" ? Math.max(speaker.start, verbEnd + 40) : verbEnd + 40;
  const time =
    inClause.find((t) => t.start >= verbEnd && t.start < reach) ??
    inClause.filter((t) => t.end <= verbStart).pop();
  const date = toDate(time) ?? dateOfOccasion(input, clause, verbEnd, earlier);
  add(
    {
      type: STATEMENT_KIND.type,
      cameo: STATEMENT_KIND.cameo,
      participants: [{ key: speaker.key, role: STATEMENT_KIND.roles.subject }],
      places: [],
      date,
      weekday: time?.weekday ?? null,
      month: time?.month ?? null,
      sameDayAs: null,
      reportedWeekday: null,
      sentences: [clause.sentence.index],
      trigger: { start: verbStart, end: verbEnd },
      summary: "",
      confidence: 0,
      quotes: [],
    },
    false,
  );
}

/**
 * "told reporters after the call", "said at the ceremony", "said in the statement": a statement
 * made at an occasion the story has already dated takes that occasion's day.
 */
function dateOfOccasion(
  input: EventInput,
  clause: Clause,
  verbEnd: number,
  earlier: readonly LocalEvent[],
): ArticleDate | null {
  // The occasion may open the next clause: "…told reporters | after the call".
  const around = input.text.slice(clause.start, Math.min(clause.sentence.end, verbEnd + OCCASION_REACH));
  const noun = OCCASION_RE.exec(around)?.[1]?.toLowerCase();
  const types = noun ? OCCASION_TYPES.get(noun) : undefined;
  if (!types) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k];
    if (!e || Math.min(...e.sentences) > clause.sentence.index) continue;
    if (Math.max(...e.sentences) < clause.sentence.index - OCCASION_SENTENCES) break;
    if (types.includes(e.type)) return e.date && { ...e.date, basis: "inferred" };
  }
  return null;
}

/** Each quote belongs to the interview it was given in, or to its speaker's statement. */
function linkQuotes(input: EventInput, events: LocalEvent[]): void {
  input.quotes.forEach((quote, qi) => {
    if (quote.speaker === null) return;
    const speaker = quote.speaker;
    const has = (e: LocalEvent): boolean => e.participants.some((p) => p.key === speaker);
    let index = events.findIndex(
      (e) =>
        e.type === "interview" &&
        has(e) &&
        e.sentences.some((s) => s <= quote.sentence && s >= quote.sentence - 2),
    );
    if (index < 0) {
      const statements = events
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => isSpeech(e) && has(e) && sameDate(e.date, quote.date));
      const sameSentence = statements.find(({ e }) => e.sentences.includes(quote.sentence));
      // A paragraph that goes on quoting belongs to the speaker's latest statement before it.
      const latestBefore = statements
        .filter(({ e }) => Math.min(...e.sentences) <= quote.sentence)
        .sort((a, b) => Math.max(...b.e.sentences) - Math.max(...a.e.sentences))[0];
      index = sameSentence?.i ?? latestBefore?.i ?? (statements.length === 1 ? (statements[0]?.i ?? -1) : -1);
    }
    if (index < 0) {
      events.push({
        type: STATEMENT_KIND.type,
        cameo: STATEMENT_KIND.cameo,
        participants: [{ key: speaker, role: STATEMENT_KIND.roles.subject }],
        places: [],
        date: quote.date,
        weekday: null,
        month: null,
        sameDayAs: null,
        reportedWeekday: null,
        sentences: [quote.sentence],
        trigger: quote.span,
        summary: "",
        confidence: 0,
        quotes: [],
      });
      index = events.length - 1;
    }
    const event = events[index];
    if (!event) return;
    event.quotes.push(qi);
    if (!event.sentences.includes(quote.sentence)) event.sentences.push(quote.sentence);
    quote.event = index;
    // Words are said on a day: "last week" or "in September" is where they were said, not when.
    if (quote.date === null && event.date?.precision === "day") quote.date = event.date;
    if (event.date === null && quote.date !== null && isSpeech(event)) event.date = quote.date;
  });
}

/**
 * An article whose every recent dated reference names one and the same day, close to its
 * publication, tells the story of that day: its undated statements and quotes are
 * dated to it.
 */
function applySingleFrame(input: EventInput, events: LocalEvent[]): void {
  const published = input.publishedAt;
  if (!published) return;
  // Background (a month, a year, a day weeks back) does not break the frame; a second recent day does.
  const days = new Set(
    input.times
      .filter((t) => t.precision === "day" && t.value !== null)
      .map((t) => t.value ?? "")
      .filter((day) => Math.abs(daysBetween(day, published.value)) <= RECENT_EVENT_DAYS),
  );
  if (days.size !== 1) return;
  const only = [...days][0];
  if (only === undefined || Math.abs(daysBetween(only, published.value)) > 3) return;
  const frame: ArticleDate = { value: only, precision: "day", basis: "inferred" };
  for (const e of events) if (isSpeech(e) && e.date === null) e.date = frame;
  for (const q of input.quotes) {
    if (q.date !== null) continue;
    const event = q.event === null ? undefined : events[q.event];
    if (event === undefined || isSpeech(event)) q.date = frame;
  }
}
