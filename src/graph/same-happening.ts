/**
 * The extraction's cross-article rule (src/extract/merge.ts), restated on what an extraction
 * document and the graph keep of an event, so that a happening reported by articles imported
 * on different days still becomes one event:
 *
 * - same kind: equal types, or two consultations (CAMEO 04x) one of which is the generic 040;
 * - same core participants: any shared for a consultation only if they share two, or both have
 *   just one; otherwise at least half of the larger set shared;
 * - dates: two day-dated events join on the same day;
 * - an undated event (not a bare statement or briefing) joins a day-dated one only when its
 *   article is dated and the day falls in the week before publication, and only when that
 *   match is the only one.
 *
 * The extraction's in-run merge also uses what the document does not keep (weekdays named in
 * the text, who else the sentences mention), so across runs the rule is the stricter subset.
 */
import type { DateWindow, HappeningView, SameHappeningRule } from "./event-resolution.js";

/** How long before its publication an article's undated event may have happened and still be news. */
export const RECENT_EVENT_DAYS = 7;

const NEVER_JOINED_UNDATED = new Set(["statement", "briefing"]);

const isConsultation = (event: HappeningView): boolean => event.cameo?.startsWith("04") === true;

function sameKind(a: HappeningView, b: HappeningView): boolean {
  if (a.type === b.type) return true;
  return isConsultation(a) && isConsultation(b) && (a.cameo === "040" || b.cameo === "040");
}

function sameCore(event: HappeningView, stored: HappeningView): boolean {
  const mine = new Set(event.participants);
  const theirs = new Set(stored.participants);
  const shared = [...mine].filter((actor) => theirs.has(actor)).length;
  if (shared === 0) return false;
  if (isConsultation(event)) return shared >= 2 || (mine.size === 1 && theirs.size === 1);
  return shared / Math.max(mine.size, theirs.size) >= 0.5;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function searchWindow(event: HappeningView): DateWindow | null {
  if (event.date !== null) {
    return event.datePrecision === "day" ? { from: event.date, to: event.date } : null;
  }
  if (event.reportedOn === null || NEVER_JOINED_UNDATED.has(event.type)) return null;
  return { from: addDays(event.reportedOn, -RECENT_EVENT_DAYS), to: event.reportedOn };
}

export const extractionSameHappening: SameHappeningRule = {
  searchWindow,
  same(event, stored) {
    const window = searchWindow(event);
    if (!window || stored.datePrecision !== "day" || stored.date === null) return false;
    if (stored.date < window.from || stored.date > window.to) return false;
    return sameKind(event, stored) && sameCore(event, stored);
  },
  needsUniqueMatch: (event) => event.date === null,
};
