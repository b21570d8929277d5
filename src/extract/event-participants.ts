/** Who took part in a happening a trigger reports, and where it happened. */
import {
  actorMentionsIn,
  describedPerson,
  isOrganizationNoun,
  isPersonPronoun,
  lastMentionBefore,
  lastOrganizationBefore,
  lastPersonBefore,
  pluralReferents,
} from "./discourse.js";
import type { Clause } from "./event-clauses.js";
import type { Hit } from "./event-triggers.js";
import type { EventInput } from "./events.js";
import { ANNOUNCING_VERBS, isSpeechVerb } from "./lexicon/speech-verbs.js";
import type { LocalParticipant, Mention } from "./model.js";
import type { Token } from "./tokens.js";

// After the object of a trigger, a coordinated new noun phrase starts another happening.
const OBJECT_END_RE = /\b(?:and|but|while|as well as)\s+(?:the|a|an)\b/i;
const ACCORDING_TO_RE = /\baccording to(?:\s+the)?\s*$/i;
const RELATIVE_START_RE = /^\s*,?\s*(who|which)\b/i;
const THE_TOWN_RE = /\bthe (?:city|town|village)\b(?!\s+of\b)/i;
// A participle's agent: "was signed in Tumbes by the ministers", "arrested … on Tuesday in
// Mulhouse by officers of the DGSI".
const PASSIVE_AGENT_RE = /^[^.;]{0,100}?\sby\s+(?:the\s+|officers\s+of\s+|\p{Lu})/u;

/** "announced sanctions", "confirmed the release of…": announcing the happening is that happening. */
export function announces(input: EventInput, verb: Token, hit: Hit): boolean {
  return (
    ANNOUNCING_VERBS.has(verb.key) &&
    hit.start >= verb.end &&
    input.tokens.between(verb.end, hit.start).filter((t) => t.word).length <= 3
  );
}

function isPerson(input: EventInput, key: string): boolean {
  return input.entities.get(key)?.kind === "person";
}

export function isMedia(input: EventInput, key: string): boolean {
  return input.entities.get(key)?.category === "media";
}

/** A pronoun or "the group" standing for the subject when the clause names none. */
export function referredSubject(input: EventInput, from: number, to: number): Mention | undefined {
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

export function participantsOf(
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
