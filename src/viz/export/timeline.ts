/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a slide per dated
 * event at the precision the text gave it (a month-precise event is placed on its month, not a
 * made-up day), its quotes as text and its sources as links. TimelineJS needs a date on every
 * slide, so undated events are listed on the title slide instead: shown, never given a date.
 */
import type { EventDetailRow } from "../projection/rows.js";
import { escapeHtml, isWebUrl } from "./html-text.js";

export interface TimelineDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface TimelineSlide {
  readonly unique_id?: string;
  readonly start_date?: TimelineDate;
  readonly text: { readonly headline: string; readonly text: string };
  readonly group?: string;
}

export interface TimelineJson {
  readonly title: TimelineSlide;
  readonly events: readonly TimelineSlide[];
}

export interface TimelineOptions {
  readonly headline?: string;
}

/** The event's date as TimelineJS fields, as precise as it is known; null when undated. */
export function timelineDate(date: string | null, precision: string | null): TimelineDate | null {
  if (date === null) return null;
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) return null;
  if (precision === "year" || month === undefined) return { year };
  if (precision === "month" || day === undefined) return { year, month };
  return { year, month, day };
}

function headline(event: EventDetailRow): string {
  const who = event.participants.map((participant) => participant.name);
  const names = [...new Set(who)].join(", ");
  return escapeHtml(names === "" ? event.type : `${event.type}: ${names}`);
}

function sourceLink(source: EventDetailRow["sources"][number]): string {
  const name = escapeHtml([source.outlet, source.title].filter((part) => part).join(": ") || source.id);
  const dated = source.publishedAt ? ` (${escapeHtml(source.publishedAt)})` : "";
  return isWebUrl(source.url) ? `<a href="${escapeHtml(source.url)}">${name}</a>${dated}` : `${name}${dated}`;
}

function slideText(event: EventDetailRow): string {
  const parts = [`<p>${escapeHtml(event.summary)}</p>`];
  if (event.places.length > 0) {
    parts.push(`<p>Where: ${event.places.map((place) => escapeHtml(place.name)).join(", ")}</p>`);
  }
  for (const quote of event.quotes) {
    const who = quote.speakerName ? ` (${escapeHtml(quote.speakerName)})` : "";
    parts.push(`<blockquote>“${escapeHtml(quote.text)}”${who}</blockquote>`);
  }
  if (event.sources.length > 0) {
    parts.push(
      `<p>Sources:</p><ul>${event.sources.map((source) => `<li>${sourceLink(source)}</li>`).join("")}</ul>`,
    );
  }
  return parts.join("");
}

export function buildTimeline(
  events: readonly EventDetailRow[],
  options: TimelineOptions = {},
): TimelineJson {
  const slides: TimelineSlide[] = [];
  const undated: EventDetailRow[] = [];
  for (const event of events) {
    const start = timelineDate(event.date, event.datePrecision);
    if (start === null) {
      undated.push(event);
      continue;
    }
    slides.push({
      unique_id: event.id,
      start_date: start,
      text: { headline: headline(event), text: slideText(event) },
      group: event.type,
    });
  }
  const undatedList =
    undated.length === 0
      ? ""
      : `<p>${undated.length} undated event(s), not placed on the timeline:</p><ul>${undated
          // The summary already says who did what: the headline before it would say it twice.
          .map((event) => `<li>${escapeHtml(event.summary)}</li>`)
          .join("")}</ul>`;
  return {
    title: {
      text: {
        headline: escapeHtml(options.headline ?? "newsgraph timeline"),
        text: `<p>${slides.length} dated event(s).</p>${undatedList}`,
      },
    },
    events: slides,
  };
}

export function writeTimelineJson(events: readonly EventDetailRow[], options: TimelineOptions = {}): string {
  return JSON.stringify(buildTimeline(events, options));
}
