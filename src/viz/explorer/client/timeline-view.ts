/// <reference lib="dom" />
/** Events by date, a day (or month, year) per group, and the undated ones apart. */
import type { EventDetailRow } from "../../projection/rows.js";
import { element } from "./dom.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "6 November 2023", "November 2023" or "2023", as precisely as the date is known. */
export function displayDate(date: string, precision: string | null): string {
  const [year = "", month = "1", day = "1"] = date.split("-");
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === "year") return year;
  if (precision === "month") return `${monthName} ${year}`;
  return `${String(Number(day))} ${monthName} ${year}`;
}

function headline(event: EventDetailRow): string {
  const names = [...new Set(event.participants.map((participant) => participant.name))];
  return names.length > 0 ? names.join(", ") : "(no participants)";
}

/** How sure the extraction is and how many articles report the event: "confidence 0.9 · 3 sources". */
export function evidenceLine(event: EventDetailRow): string {
  const sources = `${event.sources.length} source${event.sources.length === 1 ? "" : "s"}`;
  return event.confidence === null ? sources : `confidence ${event.confidence.toFixed(2)} · ${sources}`;
}

function eventItem(event: EventDetailRow, selected: boolean, onSelect: (id: string) => void): HTMLElement {
  const item = element(
    "li",
    { class: `timeline-event${selected ? " selected" : ""}`, "data-event-id": event.id, tabindex: "0" },
    element("span", { class: "event-type" }, event.type),
    element("span", { class: "event-headline" }, headline(event)),
    element("span", { class: "event-summary" }, event.summary),
    element("span", { class: "event-evidence" }, evidenceLine(event)),
  );
  item.addEventListener("click", () => {
    onSelect(event.id);
  });
  item.addEventListener("keydown", (keyboard) => {
    if (keyboard.key === "Enter") onSelect(event.id);
  });
  return item;
}

export function renderTimeline(
  container: HTMLElement,
  events: readonly EventDetailRow[],
  selectedEvent: string | null,
  onSelect: (id: string) => void,
): void {
  const groups = new Map<string, EventDetailRow[]>();
  const undated: EventDetailRow[] = [];
  for (const event of events) {
    if (event.date === null) {
      undated.push(event);
      continue;
    }
    const key = displayDate(event.date, event.datePrecision);
    groups.set(key, [...(groups.get(key) ?? []), event]);
  }
  const sections: HTMLElement[] = [...groups].map(([label, dayEvents]) =>
    element(
      "section",
      { class: "timeline-day" },
      element("h3", {}, label),
      element("ul", {}, ...dayEvents.map((event) => eventItem(event, event.id === selectedEvent, onSelect))),
    ),
  );
  if (undated.length > 0) {
    sections.push(
      element(
        "section",
        { class: "timeline-undated", id: "timeline-undated" },
        element("h3", {}, `Undated (${undated.length})`),
        element(
          "p",
          { class: "undated-reason" },
          "No article gives a day for these events, nor a publication date to resolve “on Monday” against; they are kept apart, never guessed.",
        ),
        element("ul", {}, ...undated.map((event) => eventItem(event, event.id === selectedEvent, onSelect))),
      ),
    );
  }
  if (sections.length === 0) sections.push(element("p", { class: "empty" }, "No events."));
  container.replaceChildren(...sections);
}
