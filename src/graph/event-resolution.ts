/**
 * Cross-run merging: an event the extraction found in today's articles may be the happening
 * already in the graph from yesterday's. Before writing, each new event is compared with the
 * stored events that could be it (found in the rule's date window, sharing a participant or,
 * for events without participants, a place, and of the same type or CAMEO root) using the
 * same-happening rule, and joins the best match instead of becoming a twin.
 */
import type { DatePrecision, EventRecord } from "../domain/types.js";
import { participantsOf } from "./article-units.js";

/** What the same-happening rule looks at, for a new event and for a stored one alike. */
export interface HappeningView {
  readonly id: string;
  readonly type: string;
  readonly cameo: string | null;
  /** As extracted: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, matching `datePrecision`. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly participants: readonly string[];
  readonly places: readonly string[];
  /** New events: the latest publication day of the articles reporting it (null if none is dated). */
  readonly reportedOn: string | null;
  /** Stored events: how many articles report it (0 for a new one). */
  readonly sourceCount: number;
}

/** Inclusive range of stored `Event.date` values to search. */
export interface DateWindow {
  readonly from: string;
  readonly to: string;
}

/** The extraction's same-happening rule, seen from the import. */
export interface SameHappeningRule {
  /** Where a stored event must be dated to possibly be `event`; null when no stored event can be. */
  readonly searchWindow: (event: HappeningView) => DateWindow | null;
  /** Whether the new `event` and the `stored` one are one real-world happening. */
  readonly same: (event: HappeningView, stored: HappeningView) => boolean;
  /** Whether `event` may only join a stored event that is its one and only match. */
  readonly needsUniqueMatch: (event: HappeningView) => boolean;
}

/** A new event's view; `publishedAt` gives an article's publication day. */
export function happeningOf(
  event: EventRecord,
  publishedAt: (article: string) => string | null,
): HappeningView {
  const days = event.articles.map(publishedAt).filter((day): day is string => day !== null);
  return {
    id: event.id,
    type: event.type,
    cameo: event.cameo,
    date: event.date,
    datePrecision: event.datePrecision,
    participants: participantsOf(event).map((p) => p.actor),
    places: event.places,
    reportedOn: days.length === 0 ? null : days.reduce((a, b) => (a > b ? a : b)),
    sourceCount: 0,
  };
}

/** The stored date of a stored event back in extraction form (`2023-11-01`, month → `2023-11`). */
export function extractedDate(stored: string | null, precision: DatePrecision | null): string | null {
  if (stored === null || precision === null) return null;
  if (precision === "year") return stored.slice(0, 4);
  if (precision === "month") return stored.slice(0, 7);
  return stored;
}

function shared(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((x) => set.has(x)).length;
}

/**
 * Picks, for each new event, the stored event it is (if any). A stored event joins at most
 * one new event of a run (`claimed` holds those already taken): the extraction keeps its new
 * events apart, and the import must not merge them through the back door. Among several
 * matches the best is the one sharing most participants, then places, then with most
 * sources, then the smallest id (deterministic).
 */
export function resolveHappenings(
  incoming: readonly HappeningView[],
  candidates: ReadonlyMap<string, readonly HappeningView[]>,
  rule: SameHappeningRule,
  claimed: ReadonlySet<string>,
): Map<string, string> {
  const taken = new Set(claimed);
  const resolved = new Map<string, string>();
  for (const event of [...incoming].sort((a, b) => a.id.localeCompare(b.id))) {
    const matches = (candidates.get(event.id) ?? [])
      .filter((candidate) => candidate.id !== event.id && !taken.has(candidate.id))
      .filter((candidate) => rule.same(event, candidate))
      .sort(
        (a, b) =>
          shared(event.participants, b.participants) - shared(event.participants, a.participants) ||
          shared(event.places, b.places) - shared(event.places, a.places) ||
          b.sourceCount - a.sourceCount ||
          a.id.localeCompare(b.id),
      );
    const [best] = matches;
    if (!best || (matches.length > 1 && rule.needsUniqueMatch(event))) continue;
    resolved.set(event.id, best.id);
    taken.add(best.id);
  }
  return resolved;
}
