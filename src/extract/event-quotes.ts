/** Quotes linked to the events they were said at, and the single day an article tells. */
import { STATEMENT_KIND } from "../domain/event-kinds.js";
import { isSpeech, RECENT_EVENT_DAYS } from "../domain/happening.js";
import { daysBetween } from "./calendar.js";
import { sameDate } from "./event-times.js";
import type { EventInput } from "./events.js";
import type { ArticleDate, LocalEvent } from "./model.js";

/** Each quote belongs to the interview it was given in, or to its speaker's statement. */
export function linkQuotes(input: EventInput, events: LocalEvent[]): void {
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
export function applySingleFrame(input: EventInput, events: LocalEvent[]): void {
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
