/** When a happening a trigger reports took place. */
import type { Clause } from "./event-clauses.js";
import type { Hit } from "./event-triggers.js";
import type { EventInput } from "./events.js";
import { isSpeechVerb } from "./lexicon/speech-verbs.js";
import type { ArticleDate, TimeExpression } from "./model.js";

const LEAD_UP_RE =
  /^\s*(?:after|following)\s+(?:(?:the|their|two days of|hours of)\s+)?(?:talks|meetings?|consultations|negotiations)$/i;

/**
 * The time of a happening: the first one after its verb and before the next one's ("arrived on
 * Saturday and met him late on Sunday": Sunday for the meeting), else the nearest in its clause.
 */
export function timeOfHit(
  input: EventInput,
  clause: Clause,
  hit: Hit,
  previousHitStart: number,
  nextHitStart: number,
): TimeExpression | undefined {
  // …and not past a reporting verb: "have released him, the ministry said on Monday".
  const reporting = input.tokens.between(hit.end, clause.end).find((t) => isSpeechVerb(t));
  const limit = Math.min(clause.end, nextHitStart, reporting?.start ?? clause.end);
  const following = input.times.find((t) => t.start >= hit.end && t.end <= limit && !t.sameDayAsPrevious);
  if (following) return following;
  // A time after another happening's verb is that one's: "arrested on Tuesday …, was released
  // without charge"; one ahead of both may be shared: "On Tuesday, police arrested and released…".
  const shared = { ...clause, end: previousHitStart > clause.start ? previousHitStart : limit };
  return nearestTime(input, shared, hit.start);
}

/**
 * "…signed the pact on Thursday, after talks between X and Y": consultations that led to a
 * dated outcome the same day, told in the clause right after it. Not other happenings: "lodged a
 * protest on Monday after ships fired water cannon" says nothing of when they fired.
 */
export function leadUpTime(
  input: EventInput,
  clause: Clause,
  previousClause: Clause | undefined,
  hit: Hit,
): TimeExpression | undefined {
  if (!previousClause || hit.trigger.kind.family !== "consult") return undefined;
  if (!LEAD_UP_RE.test(input.text.slice(clause.start, hit.end))) return undefined;
  const outcome = nearestTime(input, previousClause, previousClause.end);
  return outcome?.precision === "day" ? { ...outcome, basis: "inferred" } : undefined;
}

/** The time expressions of a clause that name their own day. */
export function timesIn(input: EventInput, clause: Clause): TimeExpression[] {
  return input.times.filter((t) => t.start >= clause.start && t.end <= clause.end && !t.sameDayAsPrevious);
}

export function nearestTime(input: EventInput, clause: Clause, at: number): TimeExpression | undefined {
  return timesIn(input, clause).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

export function toDate(t: TimeExpression | undefined): ArticleDate | null {
  return t?.value && t.precision && t.basis
    ? { value: t.value, precision: t.precision, basis: t.basis }
    : null;
}

export function sameDate(a: ArticleDate | null, b: ArticleDate | null): boolean {
  return a === null || b === null || a.value === b.value;
}
