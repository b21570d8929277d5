/**
 * When two reports describe one real-world happening. One rule for the three places that ask:
 * the in-article dedupe (extract/events.ts), the cross-article merge (extract/merge.ts) and
 * the importer's cross-run merge (graph/same-happening.ts), so a happening is one event however
 * its reports arrive. It reads only the domain's table of event kinds, so the graph layer can use
 * it without the extractor.
 */
import { kindOf } from "./event-kinds.js";

/** How long before its publication an article's undated event may have happened and still be news. */
export const RECENT_EVENT_DAYS = 7;

/** What an event is, as far as kind goes. */
export interface HappeningKind {
  readonly type: string;
  readonly cameo: string | null;
}

/** CAMEO 040 "consult, not specified": a generic report that a call (041) or meeting (043) refines. */
export const GENERIC_CONSULTATION = "040";

const isConsultation = (event: HappeningKind): boolean => event.cameo?.startsWith("04") === true;

/** Speech, whatever the report calls it: a kind the table marks as speech. */
export function isSpeech(event: HappeningKind): boolean {
  return kindOf(event.type)?.speech === true;
}

/**
 * Same kind of happening: equal types, two kinds of speech, or a generic consultation and a
 * specific one ("discussed" and "a call"). A call is never a meeting.
 */
export function sameKindOfHappening(a: HappeningKind, b: HappeningKind): boolean {
  if (a.type === b.type) return true;
  if (isSpeech(a) && isSpeech(b)) return true;
  return (
    isConsultation(a) &&
    isConsultation(b) &&
    (a.cameo === GENERIC_CONSULTATION || b.cameo === GENERIC_CONSULTATION)
  );
}

/**
 * Same core participants. A consultation is between its parties, so two must be shared (or
 * both reports name just the one); for other events at least half of the larger set.
 */
export function shareCoreParticipants(
  kind: HappeningKind,
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): boolean {
  let shared = 0;
  for (const actor of a) if (b.has(actor)) shared++;
  if (shared === 0) return false;
  if (isConsultation(kind)) return shared >= 2 || (a.size === 1 && b.size === 1);
  return shared / Math.max(a.size, b.size) >= 0.5;
}
