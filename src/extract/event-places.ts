import type { Span } from "../domain/types.js";
import { isSpeech } from "../domain/happening.js";
import type { LocalEvent, Mention } from "./model.js";

/** GDELT ActionGeo keeps one place per event; a second one keeps "Rafah in Gaza" whole. */
const MAX_SENTENCE_PLACES = 2;

export interface EventPlaceInput {
  readonly mentions: readonly Mention[];
  /** The dateline opening the story: it says where the report was filed, not where anything happened. */
  readonly dateline: Span | null;
}

/**
 * The places of one evidence sentence an event may be located at: those named outside
 * quotations; for speech, when the sentence names none, those in the quoted words (a
 * statement about a place is located there).
 */
function sentencePlaces(input: EventPlaceInput, event: LocalEvent, sentence: number): Mention[] {
  const dateline = input.dateline;
  const places = input.mentions.filter(
    (m) => m.sentence === sentence && m.kind === "place" && !(dateline && m.start < dateline.end),
  );
  const outside = places.filter((m) => !m.inQuote);
  return outside.length > 0 || !isSpeech(event) ? outside : places;
}

/**
 * Locates events that have no place of their own, the way GDELT's ActionGeo does: at the
 * places named in their evidence sentences, nearest to the trigger first, at most two.
 * Countries are actors, never such places. Events keep the places their clause gave them.
 */
export function locateEvents(input: EventPlaceInput, events: readonly LocalEvent[]): LocalEvent[] {
  return events.map((event) => {
    if (event.places.length > 0) return event;
    const distance = (m: Mention): number => Math.abs(m.start - event.trigger.start);
    const nearest = event.sentences
      .flatMap((s) => sentencePlaces(input, event, s))
      .sort((a, b) => distance(a) - distance(b))
      .map((m) => m.key);
    const places = [...new Set(nearest)].slice(0, MAX_SENTENCE_PLACES);
    return places.length > 0 ? { ...event, places } : event;
  });
}
