/// <reference lib="dom" />
/** An event in full: when, where, who took part and how, what was said, where it was reported. */
import type { EventDetailRow } from "../../projection/rows.js";
import { element, webLink } from "./dom.js";
import { displayDate } from "./timeline-view.js";

export function renderEventDetails(container: HTMLElement, event: EventDetailRow | null): void {
  if (event === null) {
    container.replaceChildren(
      element(
        "p",
        { class: "hint" },
        "Click an event in the timeline to see who took part, what was said and where it was reported.",
      ),
    );
    return;
  }
  const when = event.date === null ? "Undated" : displayDate(event.date, event.datePrecision);
  const where = event.places.map((place) => place.name).join(", ");
  const parts: (HTMLElement | null)[] = [
    element("h2", {}, `${event.type}: ${when}`),
    element("p", { class: "summary" }, event.summary),
    where === "" ? null : element("p", {}, `Where: ${where}`),
    element("h3", {}, "Participants"),
    element(
      "ul",
      { class: "participants" },
      ...event.participants.map((participant) =>
        element("li", {}, `${participant.name} (${participant.role})`),
      ),
    ),
    event.quotes.length === 0 ? null : element("h3", {}, "Quotes"),
    ...event.quotes.map((quote) =>
      element(
        "blockquote",
        { class: "quote" },
        `“${quote.text}”`,
        element("footer", {}, [quote.speakerName ?? "unknown speaker", quote.date ?? "undated"].join(", ")),
      ),
    ),
    element("h3", {}, `Sources (${event.sources.length})`),
    element(
      "ul",
      { class: "sources" },
      ...event.sources.map((source) =>
        element(
          "li",
          {},
          webLink(source.url, [source.outlet, source.title].filter((part) => part).join(": ") || source.id),
          source.publishedAt ? ` (${source.publishedAt})` : "",
          source.evidence ? element("div", { class: "evidence" }, source.evidence) : null,
        ),
      ),
    ),
  ];
  container.replaceChildren(...parts.filter((part) => part !== null));
}
