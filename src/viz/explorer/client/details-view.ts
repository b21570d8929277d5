/// <reference lib="dom" />
/** An event in full: when, where, who took part and how, what was said, where it was reported. */
import type { EventDetailRow } from "../../projection/rows.js";
import { element, webLink } from "./dom.js";
import { displayDate, evidenceLine } from "./timeline-view.js";

/** The outlet, else the site the link points to, else what is known: never a bare article id. */
export function sourceOutlet(source: EventDetailRow["sources"][number]): string {
  if (source.outlet) return source.outlet;
  if (source.url) {
    try {
      return new URL(source.url).hostname.replace(/^www\./, "");
    } catch {
      // not a URL: fall through
    }
  }
  return "unknown outlet";
}

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
  const howSure = evidenceLine(event);
  const where = event.places.map((place) => place.name).join(", ");
  const parts: (HTMLElement | null)[] = [
    element("h2", {}, `${event.type}: ${when}`),
    element("p", { class: "summary" }, event.summary),
    element("p", { class: "event-evidence" }, howSure),
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
          element("strong", { class: "source-outlet" }, sourceOutlet(source)),
          " · ",
          element(
            "span",
            { class: "source-date" },
            source.publishedAt ? displayDate(source.publishedAt, "day") : "no date",
          ),
          " · ",
          webLink(source.url, source.title ?? (source.url ? "article" : "no link")),
          source.evidence ? element("div", { class: "evidence" }, source.evidence) : null,
        ),
      ),
    ),
  ];
  container.replaceChildren(...parts.filter((part) => part !== null));
}
