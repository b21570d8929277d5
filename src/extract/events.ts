import { kindOf } from "../domain/event-kinds.js";
import { GENERIC_CONSULTATION, isSpeech, sameKindOfHappening } from "../domain/happening.js";
import type { Discourse } from "./discourse.js";
import type { ArticleDate, LocalEvent, LocalQuote, QuoteSpan, Sentence, TimeExpression } from "./model.js";
import { addStatement } from "./event-statements.js";
import { clausesOf, maskAsides, maskQuotes } from "./event-clauses.js";
import { participantsOf } from "./event-participants.js";
import { applySingleFrame, linkQuotes } from "./event-quotes.js";
import { leadUpTime, nearestTime, sameDate, timeOfHit, toDate } from "./event-times.js";
import { BACK_REFERENCE_TYPES, backReferenceIn, foldTriggers, triggersIn } from "./event-triggers.js";

export interface EventInput extends Discourse {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quoteSpans: readonly QuoteSpan[];
  readonly times: readonly TimeExpression[];
  readonly quotes: LocalQuote[];
  readonly publishedAt: ArticleDate | null;
}

const DETERMINER_RE = /\b(?:the|this|that|these|those|their|its|his|her|latest|such)\s+(?:\w+\s+)?$/i;
const BACK_REFERENCE_SENTENCES = 3;
const TIME_REFERENCE_RE = /\b(?:since|after|before|following|until) the $/i;

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
