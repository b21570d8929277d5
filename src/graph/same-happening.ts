/**
 * The extraction's cross-article rule, applied to what an extraction document and the graph
 * keep of an event, so that a happening reported by articles imported on different days still
 * becomes one event:
 *
 * - same kind and same core participants: the domain rule's `sameKindOfHappening` and
 *   `shareCoreParticipants`;
 * - dates: two day-dated events join on the same day;
 * - an undated event (not a bare statement or briefing) joins a day-dated one only when its
 *   article is dated and the day falls in the week before publication, and only when that
 *   match is the only one.
 *
 * The extraction's in-run merge also uses what the document does not keep (weekdays named in
 * the text, who else the sentences mention), so across runs the rule is the stricter subset.
 */
import {
  isSpeech,
  RECENT_EVENT_DAYS,
  sameKindOfHappening,
  shareCoreParticipants,
} from "../domain/happening.js";
import { addDays } from "../extract/index.js";
import type { DateWindow, HappeningView, SameHappeningRule } from "./event-resolution.js";

function searchWindow(event: HappeningView): DateWindow | null {
  if (event.date !== null) {
    return event.datePrecision === "day" ? { from: event.date, to: event.date } : null;
  }
  if (event.reportedOn === null || isSpeech(event)) return null;
  return { from: addDays(event.reportedOn, -RECENT_EVENT_DAYS), to: event.reportedOn };
}

export const extractionSameHappening: SameHappeningRule = {
  searchWindow,
  same(event, stored) {
    const window = searchWindow(event);
    if (!window || stored.datePrecision !== "day" || stored.date === null) return false;
    if (stored.date < window.from || stored.date > window.to) return false;
    return (
      sameKindOfHappening(event, stored) &&
      shareCoreParticipants(event, new Set(event.participants), new Set(stored.participants))
    );
  },
  needsUniqueMatch: (event) => event.date === null,
};
